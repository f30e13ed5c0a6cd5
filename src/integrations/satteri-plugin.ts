import type { AstroIntegration } from 'astro';

/**
 * An integration that adds a HAST plugin to Astro's Markdown processor (Sätteri), which renders
 * entry bodies, Markdown and MDX alike: Sätteri's options are made to be extended in place.
 */
export function satteriHastPlugin(plugin: { name: string }): AstroIntegration {
  return {
    name: plugin.name,
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor as { name: string; options: { hastPlugins?: unknown[] } } | undefined;
        if (processor?.name !== 'satteri' || !Array.isArray(processor.options.hastPlugins)) {
          throw new Error(`${plugin.name}: expects Astro's Sätteri Markdown processor, found ${processor?.name ?? 'none'}`);
        }
        processor.options.hastPlugins.push(plugin);
      },
    },
  };
}
