namespace ArvexLab.Graph.Server.Data.Entities;

/// <summary>A named scalar fact (period end, opinion, certificate number…) extracted from a document.</summary>
public class ExtractedField : Finding
{
    public required string Name { get; set; }
    public string? Value { get; set; }
    /// <summary>The value a reviewer set when correcting; null unless corrected.</summary>
    public string? ReviewedValue { get; set; }
}

/// <summary>A control from a SOC report with the auditor's tests and result.</summary>
public class Control : Finding
{
    /// <summary>The reference as printed (CC6.1.2, C-01, AC-03) or null when the report prints none.</summary>
    public string? Ref { get; set; }
    public required string Description { get; set; }
    public List<string> Criteria { get; set; } = [];
    public string? TestsPerformed { get; set; }
    public ControlResult Result { get; set; }
    public string? ResultText { get; set; }

    public List<ControlException> Exceptions { get; set; } = [];
    public List<ControlMapping> Mappings { get; set; } = [];
}

/// <summary>A deviation the auditor found while testing a control.</summary>
public class ControlException : Finding
{
    public long? ControlId { get; set; }
    public Control? Control { get; set; }
    public string? ControlRef { get; set; }
    public List<string> Criteria { get; set; } = [];
    public required string Description { get; set; }
    public string? ManagementResponse { get; set; }
}

/// <summary>A complementary user-entity control: something the customer must do, plus the customer's tracking of it.</summary>
public class Cuec : Finding
{
    public required string Description { get; set; }
    public List<string> Criteria { get; set; } = [];
    public string? Owner { get; set; }
    public CuecStatus Status { get; set; }
    public DateOnly? DueDate { get; set; }
}

/// <summary>A subservice organization the vendor relies on, carved out or included in the report.</summary>
public class SubserviceOrganization : Finding
{
    public required string Name { get; set; }
    public string? Services { get; set; }
    public SubserviceMethod Method { get; set; }
}
