import type { Criticality, VendorFilterInput, VendorSortInput } from '../../gql/graphql';

export const criticalities: readonly Criticality[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

export const criticalityLabel: Record<Criticality, string> = {
  LOW: 'Low',
  MEDIUM: 'Medium',
  HIGH: 'High',
  CRITICAL: 'Critical',
};

export interface VendorFilters {
  nameContains: string;
  criticality: Criticality | '';
  includeArchived: boolean;
}

export const noFilters: VendorFilters = { nameContains: '', criticality: '', includeArchived: false };

/** The `where:` argument; every condition is applied by the server in SQL. */
export function vendorWhere(filters: VendorFilters): VendorFilterInput | null {
  const conditions: VendorFilterInput[] = [];
  const name = filters.nameContains.trim();
  if (name) conditions.push({ name: { contains: name } });
  if (filters.criticality) conditions.push({ criticality: { eq: filters.criticality } });
  if (!filters.includeArchived) conditions.push({ status: { eq: 'ACTIVE' } });
  if (conditions.length === 0) return null;
  return conditions.length === 1 ? conditions[0] : { and: conditions };
}

export const sortOptions = {
  'name-asc': { label: 'Name (A–Z)', order: [{ name: 'ASC' }] },
  'name-desc': { label: 'Name (Z–A)', order: [{ name: 'DESC' }] },
  'criticality-desc': { label: 'Criticality (highest first)', order: [{ criticality: 'DESC' }, { name: 'ASC' }] },
  'updated-desc': { label: 'Recently updated', order: [{ updatedAt: 'DESC' }] },
} satisfies Record<string, { label: string; order: VendorSortInput[] }>;

export type SortKey = keyof typeof sortOptions;
