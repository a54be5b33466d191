import { describe, expect, it } from 'vitest';
import { noFilters, vendorWhere } from './vendorFilters';

describe('vendorWhere', () => {
  it('shows active vendors only by default', () => {
    expect(vendorWhere(noFilters)).toEqual({ status: { eq: 'ACTIVE' } });
  });

  it('has no condition when archived vendors are shown and nothing else is set', () => {
    expect(vendorWhere({ ...noFilters, includeArchived: true })).toBeNull();
  });

  it('combines name, criticality and status with and', () => {
    expect(vendorWhere({ nameContains: '  cloud ', criticality: 'HIGH', includeArchived: false })).toEqual({
      and: [{ name: { contains: 'cloud' } }, { criticality: { eq: 'HIGH' } }, { status: { eq: 'ACTIVE' } }],
    });
  });
});
