/**
 * What the productions list narrows on, as query parameters (`?status=released&market=jp`) and as
 * data attributes of its rows: the trends page writes links with them, the list's table script reads them.
 */
export const PRODUCTION_FILTERS = ['status', 'market', 'model', 'group', 'year'] as const;

/** Values of some of the filters, as they appear in the address. */
export type ProductionFilter = Partial<Record<(typeof PRODUCTION_FILTERS)[number], string>>;
