import { Field } from '../../components/Field';
import { criticalities, criticalityLabel, sortOptions, type SortKey, type VendorFilters } from './vendorFilters';
import type { Criticality } from '../../gql/graphql';

interface Props {
  filters: VendorFilters;
  sort: SortKey;
  onFiltersChange: (filters: VendorFilters) => void;
  onSortChange: (sort: SortKey) => void;
}

export function VendorFilterBar({ filters, sort, onFiltersChange, onSortChange }: Props) {
  return (
    <form className="filter-bar" role="search" aria-label="Filter vendors" onSubmit={(e) => e.preventDefault()}>
      <Field label="Name contains">
        <input
          type="search"
          value={filters.nameContains}
          onChange={(e) => onFiltersChange({ ...filters, nameContains: e.target.value })}
        />
      </Field>
      <Field label="Criticality">
        <select
          value={filters.criticality}
          onChange={(e) => onFiltersChange({ ...filters, criticality: e.target.value as Criticality | '' })}
        >
          <option value="">Any</option>
          {criticalities.map((c) => (
            <option key={c} value={c}>
              {criticalityLabel[c]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Sort by">
        <select value={sort} onChange={(e) => onSortChange(e.target.value as SortKey)}>
          {Object.entries(sortOptions).map(([key, option]) => (
            <option key={key} value={key}>
              {option.label}
            </option>
          ))}
        </select>
      </Field>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={filters.includeArchived}
          onChange={(e) => onFiltersChange({ ...filters, includeArchived: e.target.checked })}
        />
        Show archived
      </label>
    </form>
  );
}
