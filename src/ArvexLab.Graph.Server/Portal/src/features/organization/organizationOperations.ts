import { graphql } from '../../gql';

export const OrganizationUsersQuery = graphql(`
  query OrganizationUsers {
    organizationUsers {
      id
      email
      displayName
      role
      isActive
      createdAt
    }
  }
`);

export const PartnerClientsQuery = graphql(`
  query PartnerClients {
    partnerClients {
      clientId
      name
      scopes
    }
  }
`);


export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      temporaryPassword
      errors { code message field }
      user { id email displayName role isActive createdAt }
    }
  }
`);

export const ChangeUserRoleMutation = graphql(`
  mutation ChangeUserRole($input: ChangeUserRoleInput!) {
    changeUserRole(input: $input) {
      errors { code message field }
      user { id role }
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($input: UserIdInput!) {
    deactivateUser(input: $input) {
      errors { code message field }
      user { id isActive }
    }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($input: UserIdInput!) {
    reactivateUser(input: $input) {
      errors { code message field }
      user { id isActive }
    }
  }
`);

export const CreatePartnerClientMutation = graphql(`
  mutation CreatePartnerClient($input: CreatePartnerClientInput!) {
    createPartnerClient(input: $input) {
      clientSecret
      errors { code message field }
      client { clientId name scopes }
    }
  }
`);

export const RotatePartnerClientSecretMutation = graphql(`
  mutation RotatePartnerClientSecret($input: PartnerClientIdInput!) {
    rotatePartnerClientSecret(input: $input) {
      clientSecret
      errors { code message field }
      client { clientId name scopes }
    }
  }
`);

export const RevokePartnerClientMutation = graphql(`
  mutation RevokePartnerClient($input: PartnerClientIdInput!) {
    revokePartnerClient(input: $input) {
      errors { code message field }
      client { clientId }
    }
  }
`);
