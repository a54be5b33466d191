import { graphql } from '../../gql';

export const FrameworkExportQuery = graphql(`
  query FrameworkExport($key: String!, $version: String, $format: FrameworkFileFormat!) {
    framework(key: $key, version: $version) {
      id
      key
      version
      export(format: $format)
    }
  }
`);

export const ImportFrameworkMutation = graphql(`
  mutation ImportFramework($input: ImportFrameworkInput!) {
    importFramework(input: $input) {
      created
      errors { code message field }
      framework { id key name version isBuiltIn }
    }
  }
`);

export const UpdateRequirementMutation = graphql(`
  mutation UpdateRequirement($input: UpdateRequirementInput!) {
    updateRequirement(input: $input) {
      errors { code message field }
      requirement { id ref title text revision }
    }
  }
`);

export const FrameworkOverlapQuery = graphql(`
  query FrameworkOverlap($source: String!, $target: String!) {
    frameworkOverlap(source: $source, target: $target) {
      source { id name version }
      target { id name version }
      sharedCount
      sourceOnlyCount
      targetOnlyCount
      shared { requirement { id ref title } counterparts { id ref title } }
      sourceOnly { id ref title }
    }
  }
`);
