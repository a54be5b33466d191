namespace ArvexLab.Graph.Server.Tests.Review;

/// <summary>The GraphQL operations the review tests send, as a client would write them.</summary>
internal static class ReviewOperations
{
    private const string Finding = "id version reviewState reviewComment reviewedBy addedManually confidence extracted citation { page bbox }";

    public const string ReviewControl = $$"""
        mutation($input: ReviewControlInput!) { reviewControl(input: $input) {
          control { {{Finding}} ref description result criteria } errors { code message field } } }
        """;

    public const string ReviewField = $$"""
        mutation($input: ReviewFieldInput!) { reviewField(input: $input) {
          field { {{Finding}} name value extractedValue reviewedValue document { auditor version } } errors { code message field } } }
        """;

    public const string ReviewException = $$"""
        mutation($input: ReviewExceptionInput!) { reviewException(input: $input) {
          controlException { {{Finding}} description } errors { code field } } }
        """;

    public const string ReviewCuec = $$"""
        mutation($input: ReviewCuecInput!) { reviewCuec(input: $input) {
          cuec { {{Finding}} description criteria } errors { code field } } }
        """;

    public const string ReviewSubservice = $$"""
        mutation($input: ReviewSubserviceOrganizationInput!) { reviewSubserviceOrganization(input: $input) {
          subserviceOrganization { {{Finding}} name method } errors { code field } } }
        """;

    public const string ConfirmFindings = """
        mutation($input: ConfirmFindingsInput!) { confirmFindings(input: $input) {
          confirmed { id reviewState confidence __typename }
          skipped { reason finding { id reviewState } }
          errors { code field } } }
        """;

    public const string Approve = """
        mutation($input: ApproveEvidenceInput!) { approveEvidence(input: $input) {
          document { id reviewStatus version } pendingLowConfidence errors { code field } } }
        """;

    public const string Reject = """
        mutation($input: RejectEvidenceInput!) { rejectEvidence(input: $input) {
          document { id reviewStatus version } errors { code field } } }
        """;

    public const string AddControl = $$"""
        mutation($input: AddControlInput!) { addControl(input: $input) {
          control { {{Finding}} ref description } errors { code field } } }
        """;

    public const string AddException = $$"""
        mutation($input: AddExceptionInput!) { addException(input: $input) {
          controlException { {{Finding}} controlRef description control { ref } } errors { code field } } }
        """;

    public const string AddCuec = $$"""
        mutation($input: AddCuecInput!) { addCuec(input: $input) {
          cuec { {{Finding}} description } errors { code field } } }
        """;

    public const string UpdateCuec = """
        mutation($input: UpdateCuecInput!) { updateCuec(input: $input) {
          cuec { id version owner status dueDate reviewState } errors { code field } } }
        """;

    public const string Events = """
        query($documentId: ID, $vendorId: ID) { reviewEvents(documentId: $documentId, vendorId: $vendorId, first: 100) {
          totalCount nodes { id action actor entityType subjectId before after comment document { id } vendor { id } } } }
        """;
}
