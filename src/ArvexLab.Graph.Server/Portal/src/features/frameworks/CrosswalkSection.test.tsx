import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeGraphServer } from '../../test/fakeGraphServer';
import { renderWithGraph } from '../../test/renderWithGraph';
import { CrosswalkSection } from './CrosswalkSection';

const iso = { __typename: 'Framework', id: 'F-ISO', key: 'iso27001-2022', name: 'ISO/IEC 27001', version: '2022', isBuiltIn: true, description: null };
const own = { __typename: 'Framework', id: 'F-OWN', key: 'acme', name: 'Acme policy', version: '2026', isBuiltIn: false, description: null };
const target = (id: string, ref: string, title: string) => ({ __typename: 'Requirement', id, ref, title, framework: { __typename: 'Framework', id: 'F-ISO', key: iso.key, name: iso.name } });

/** A catalog with one crosswalk row from R1; the mutations change it as the server would, or refuse with `refuse`. */
function catalogServer(refuse?: { code: string; message: string; field: string }) {
  const rows = [{ __typename: 'RequirementMapping', id: 'M1', relationship: 'EQUAL', source: 'Acme', revision: 1, targetRequirement: target('T1', 'A.5.19', 'Supplier relationships') }];
  const errors = refuse ? [{ __typename: 'UserError', ...refuse }] : [];
  return fakeGraphServer((request) => {
    const input = request.variables.input as Record<string, string>;
    switch (request.operationName) {
      case 'RequirementMappings':
        return { data: { node: { __typename: 'Requirement', id: 'R1', mappings: { __typename: 'RequirementMappingConnection', nodes: [...rows] } } } };
      case 'FrameworkList':
        return { data: { frameworks: { __typename: 'FrameworkConnection', nodes: [own, iso] } } };
      case 'CrosswalkTargets':
        return { data: { framework: { __typename: 'Framework', id: 'F-ISO', requirements: { __typename: 'RequirementConnection', nodes: [target('T2', 'A.5.20', 'Supplier agreements')] } } } };
      case 'CreateRequirementMapping': {
        if (refuse) return { data: { createRequirementMapping: { __typename: 'RequirementMappingPayload', requirementMapping: null, errors } } };
        const row = { __typename: 'RequirementMapping', id: 'M2', relationship: input.relationship, source: input.source, revision: 1, targetRequirement: target('T2', 'A.5.20', 'Supplier agreements') };
        rows.push(row);
        return { data: { createRequirementMapping: { __typename: 'RequirementMappingPayload', requirementMapping: row, errors } } };
      }
      case 'UpdateRequirementMapping': {
        if (refuse) return { data: { updateRequirementMapping: { __typename: 'RequirementMappingPayload', requirementMapping: null, errors } } };
        Object.assign(rows[0], { relationship: input.relationship, source: input.source, revision: 2 });
        return { data: { updateRequirementMapping: { __typename: 'RequirementMappingPayload', requirementMapping: rows[0], errors } } };
      }
      case 'DeleteRequirementMapping': {
        if (refuse) return { data: { deleteRequirementMapping: { __typename: 'DeleteCatalogItemPayload', deletedId: null, errors } } };
        rows.splice(0, 1);
        return { data: { deleteRequirementMapping: { __typename: 'DeleteCatalogItemPayload', deletedId: 'M1', errors } } };
      }
      default:
        throw new Error(`unexpected ${request.operationName}`);
    }
  });
}

const render = (server: ReturnType<typeof catalogServer>, canEdit = true) =>
  renderWithGraph(<CrosswalkSection requirementId="R1" frameworkId="F-OWN" canEdit={canEdit} />, { fetch: server.fetch, roles: ['ADMIN'] });

describe('CrosswalkSection', () => {
  it('adds a mapping to a requirement of another framework found by search', async () => {
    const server = catalogServer();
    render(server);
    await screen.findByText('Supplier relationships');

    await userEvent.click(screen.getByRole('button', { name: 'Add crosswalk mapping' }));
    const framework = screen.getByLabelText('Target framework');
    expect(within(framework).queryByRole('option', { name: /Acme policy/ })).not.toBeInTheDocument();
    await userEvent.selectOptions(await screen.findByLabelText('Target framework'), await screen.findByRole('option', { name: 'ISO/IEC 27001 (2022)' }));
    await userEvent.type(screen.getByLabelText('Find target requirement'), 'A.5.2');
    await userEvent.selectOptions(screen.getByLabelText('Target requirement'), await screen.findByRole('option', { name: 'A.5.20 Supplier agreements' }));
    await userEvent.selectOptions(screen.getByLabelText('Relationship'), 'SUBSET');
    await userEvent.type(screen.getByLabelText('Source'), 'Acme GRC team');
    await userEvent.click(screen.getByRole('button', { name: 'Save mapping' }));

    expect(await screen.findByText('Crosswalk mapping added.')).toBeInTheDocument();
    expect(await screen.findByText('Supplier agreements')).toBeInTheDocument();
    const create = server.requests.find((r) => r.operationName === 'CreateRequirementMapping')!;
    expect(create.variables).toEqual({ input: { sourceRequirementId: 'R1', targetRequirementId: 'T2', relationship: 'SUBSET', source: 'Acme GRC team' } });
    const search = server.requests.find((r) => r.operationName === 'CrosswalkTargets')!;
    expect(search.variables).toMatchObject({ key: 'iso27001-2022', version: '2022' });
  }, 20_000);

  it('changes a mapping’s relationship and deletes it with the revision it read', async () => {
    const server = catalogServer();
    render(server);
    await userEvent.click(await screen.findByRole('button', { name: 'Edit the mapping to A.5.19' }));
    await userEvent.selectOptions(screen.getByLabelText('Relationship'), 'INTERSECT');
    await userEvent.click(screen.getByRole('button', { name: 'Save mapping' }));
    expect(await screen.findByText('Mapping to A.5.19 saved.')).toBeInTheDocument();
    expect(server.requests.find((r) => r.operationName === 'UpdateRequirementMapping')!.variables).toEqual({
      input: { id: 'M1', revision: 1, relationship: 'INTERSECT', source: 'Acme' },
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Delete the mapping to A.5.19' }));
    expect(await screen.findByText('Mapping to A.5.19 deleted.')).toBeInTheDocument();
    expect(await screen.findByText('Not mapped to other frameworks.')).toBeInTheDocument();
    expect(server.requests.find((r) => r.operationName === 'DeleteRequirementMapping')!.variables).toEqual({ input: { id: 'M1', revision: 2 } });
  }, 20_000);

  it('shows the payload’s errors when the server refuses a change', async () => {
    const server = catalogServer({ code: 'READ_ONLY', message: 'Built-in crosswalk rows ship with the product.', field: 'id' });
    render(server);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete the mapping to A.5.19' }));
    expect(await screen.findByText('Built-in crosswalk rows ship with the product.')).toBeInTheDocument();
    expect(screen.getByText('Supplier relationships')).toBeInTheDocument();
  });

  it('offers no changes to a reader who may not edit the catalog', async () => {
    render(catalogServer(), false);
    await screen.findByText('Supplier relationships');
    expect(screen.queryByRole('button', { name: /Add crosswalk mapping|Edit the mapping|Delete the mapping/ })).not.toBeInTheDocument();
  });
});
