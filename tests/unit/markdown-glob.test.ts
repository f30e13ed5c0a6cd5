import { describe, expect, it } from 'vitest';
import { stripMdxComments } from '../../src/loaders/markdown-glob';

describe('stripMdxComments', () => {
  it('drops MDX comments, on their own line or inline, one line or several', () => {
    expect(stripMdxComments('{/* note */}\n\nText.')).toBe('\n\nText.');
    expect(stripMdxComments('Before {/* a\nlonger note */} after.')).toBe('Before  after.');
    expect(stripMdxComments('{ /* spaced */ }A{/*x*/}B')).toBe('AB');
  });

  it('keeps braces escaped as text and everything that is not a comment', () => {
    expect(stripMdxComments('\\{/* shown as text */}')).toBe('\\{/* shown as text */}');
    expect(stripMdxComments('A table | with * stars * and a / slash.')).toBe('A table | with * stars * and a / slash.');
  });
});
