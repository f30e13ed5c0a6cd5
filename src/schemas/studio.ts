import { z } from 'astro/zod';
import { aliases, countryCode, createSourcesField, httpUrl, scriptName, summary, updated, type ReferenceFactory } from './shared';

/** What kind of company a studio entry is; a company may be several. */
export const STUDIO_KINDS = [
  'studio',
  'broadcaster',
  'channel',
  'streaming-platform',
  'theatre-producer',
  'distributor',
] as const;

export const createStudioSchema = (reference: ReferenceFactory) =>
  z.strictObject({
    /** The company's name in English. */
    name: z.string().min(1),
    /** The name in its original script, e.g. { text: "テレビ朝日", lang: "ja" }. */
    originalName: scriptName.optional(),
    aliases,
    summary,
    /** Country of the head office, ISO 3166-1 ("KR"). */
    country: countryCode,
    /** studio, broadcaster, channel, streaming-platform, theatre-producer, distributor. */
    kinds: z.array(z.enum(STUDIO_KINDS)).min(1),
    /** The parent company, when it is in the catalog (an id in content/studios). */
    parent: reference('studios').optional(),
    /** The company's own website. */
    website: httpUrl.optional(),
    sources: createSourcesField(reference),
    updated,
  });

export type StudioSchema = ReturnType<typeof createStudioSchema>;
export type StudioInput = z.input<StudioSchema>;
export type Studio = z.output<StudioSchema>;
