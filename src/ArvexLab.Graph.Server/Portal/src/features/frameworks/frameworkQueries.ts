import { graphql } from '../../gql';

export const FrameworkListQuery = graphql(`
  query FrameworkList {
    frameworks(first: 50) {
      nodes { id key name version isBuiltIn description }
    }
  }
`);

export const RequirementFields = graphql(`
  fragment RequirementFields on Requirement {
    id
    ref
    title
    text
    revision
    children(first: 1) { totalCount }
  }
`);

export const FrameworkRootsQuery = graphql(`
  query FrameworkRoots($key: String!, $version: String) {
    framework(key: $key, version: $version) {
      id
      key
      name
      version
      isBuiltIn
      revision
      requirements(first: 100, where: { isRoot: { eq: true } }, order: [{ position: ASC }]) {
        totalCount
        nodes { ...RequirementFields }
      }
    }
  }
`);

export const RequirementChildrenQuery = graphql(`
  query RequirementChildren($id: ID!) {
    node(id: $id) {
      ... on Requirement {
        id
        children(first: 100, order: [{ position: ASC }]) {
          nodes { ...RequirementFields }
        }
      }
    }
  }
`);

export const RequirementMappingsQuery = graphql(`
  query RequirementMappings($id: ID!) {
    node(id: $id) {
      ... on Requirement {
        id
        mappings(first: 50) {
          nodes {
            id
            relationship
            source
            revision
            targetRequirement { id ref title framework { id key name } }
          }
        }
      }
    }
  }
`);
