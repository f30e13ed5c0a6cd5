import { z } from 'astro/zod';
import {
  aliases,
  countryCode,
  createSourcesField,
  httpUrl,
  partialDate,
  scriptName,
  summary,
  nameEditions,
  updated,
  type ReferenceFactory,
} from './shared';

/** What kind of company a studio entry is; a company may be several. */
export const STUDIO_KINDS = ['studio', 'broadcaster', 'channel', 'streaming-platform', 'theatre-producer', 'distributor'] as const;

export const createStudioSchema = (reference: ReferenceFactory) =>
  z
    .strictObject({
      name: z.string().min(1).describe("The company's name in English."),
      originalName: scriptName.optional().describe('The name in its original script, e.g. { text: "テレビ朝日", lang: "ja" }.'),
      aliases,
      summary,
      ...nameEditions,
      country: countryCode.describe('Country of the head office, ISO 3166-1 ("KR").'),
      kinds: z
        .array(z.enum(STUDIO_KINDS))
        .min(1)
        .describe('studio, broadcaster, channel, streaming-platform, theatre-producer, distributor.'),
      parent: reference('studios').optional().describe('The parent company, when it is in the catalog (an id in content/studios).'),
      ownership: z
        .strictObject({
          since: partialDate.optional().describe('When the parent acquired or founded it: YYYY, YYYY-MM or YYYY-MM-DD.'),
          stake: z.number().min(0).max(100).optional().describe('The share the parent holds, in percent, e.g. 71.33.'),
          stakeAsOf: partialDate.optional().describe('When the source gives that stake.'),
        })
        .optional()
        .describe("What the sources say of the parent's ownership; only with `parent`."),
      website: httpUrl.optional().describe("The company's own website."),
      sources: createSourcesField(reference),
      updated,
    })
    .refine((studio) => studio.ownership === undefined || studio.parent !== undefined, {
      path: ['ownership'],
      message: 'ownership only beside a parent: add `parent`, the company that owns it',
    });

export type StudioSchema = ReturnType<typeof createStudioSchema>;
export type StudioInput = z.input<StudioSchema>;
export type Studio = z.output<StudioSchema>;
