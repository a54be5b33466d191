import { graphql } from '../../gql';

export const CrosswalkTargetsQuery = graphql(`
  query CrosswalkTargets($key: String!, $version: String, $search: String!) {
    framework(key: $key, version: $version) {
      id
      requirements(
        first: 20
        where: { or: [{ ref: { startsWith: $search } }, { title: { contains: $search } }] }
        order: [{ position: ASC }]
      ) {
        nodes { id ref title }
      }
    }
  }
`);

export const CreateRequirementMappingMutation = graphql(`
  mutation CreateRequirementMapping($input: CreateRequirementMappingInput!) {
    createRequirementMapping(input: $input) {
      errors { code message field }
      requirementMapping { id relationship source revision }
    }
  }
`);

export const UpdateRequirementMappingMutation = graphql(`
  mutation UpdateRequirementMapping($input: UpdateRequirementMappingInput!) {
    updateRequirementMapping(input: $input) {
      errors { code message field }
      requirementMapping { id relationship source revision }
    }
  }
`);

export const DeleteRequirementMappingMutation = graphql(`
  mutation DeleteRequirementMapping($input: DeleteCatalogItemInput!) {
    deleteRequirementMapping(input: $input) {
      deletedId
      errors { code message field }
    }
  }
`);
