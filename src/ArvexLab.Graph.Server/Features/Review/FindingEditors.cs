using System.Text.Json;
using ArvexLab.Graph.Server.Data.Configurations;
using ArvexLab.Graph.Server.Data.Entities;
using ArvexLab.Graph.Server.Features.Evidence.Import;

namespace ArvexLab.Graph.Server.Features.Review;

// Snapshots use the extraction tool's own item format (ExtractionOutput), so the importer's merge can read them back.

public sealed class ExtractedFieldEditor : FindingEditor<ExtractedField>
{
    public override object Values(ExtractedField f) => new { f.Name, ExtractedValue = f.Value, f.ReviewedValue };

    public override void Apply(ExtractedField item, FindingValueReader values) =>
        item.ReviewedValue = values.Text("value", Lengths.Notes, required: true);

    public override void RestoreExtracted(ExtractedField item) => item.ReviewedValue = null;

    // The extracted value has a column of its own.
    public override string? ExtractedSnapshotOf(ExtractedField item) => null;
}

public sealed class ControlEditor : FindingEditor<Control>
{
    public override object Values(Control c) => new { c.Ref, c.Description, c.Criteria, c.TestsPerformed, Result = c.Result.ToString(), c.ResultText };

    public override void Apply(Control item, FindingValueReader values)
    {
        if (values.Has("ref")) { item.Ref = values.Text("ref", Lengths.Ref); }
        if (values.Has("description")) { item.Description = values.Text("description", Lengths.Notes, required: true) ?? item.Description; }
        if (values.Has("criteria")) { item.Criteria = values.List("criteria", Lengths.Ref); }
        if (values.Has("testsPerformed")) { item.TestsPerformed = values.Text("testsPerformed", Lengths.Notes); }
        if (values.Enum<ControlResult>("result") is { } result) { item.Result = result; }
        if (values.Has("resultText")) { item.ResultText = values.Text("resultText", Lengths.Notes); }
    }

    public override Control Create(FindingValueReader values)
    {
        var control = new Control { Description = string.Empty, Result = ControlResult.Unknown };
        Apply(control, values);
        RequireDescription(control.Description, values);
        return control;
    }

    public override void RestoreExtracted(Control item)
    {
        if (item.ExtractedSnapshot is { } json && FindingValues.Snapshot<ControlOutput>(json) is { } output)
        {
            FindingValues.Apply(item, output);
        }
    }

    public override string ExtractedSnapshotOf(Control c) => Serialize(new ControlOutput(c.Ref, c.Description, c.Criteria, c.TestsPerformed,
        c.Result switch
        {
            ControlResult.NoExceptions => "NO_EXCEPTIONS",
            ControlResult.Exception => "EXCEPTION",
            ControlResult.NotTested => "NOT_TESTED",
            _ => null,
        }, c.ResultText, c.Confidence, c.Page, Box(c)));

    internal static void RequireDescription(string description, FindingValueReader values)
    {
        if (string.IsNullOrWhiteSpace(description) && !values.Errors.Any(e => e.Field?.EndsWith("description", StringComparison.Ordinal) == true))
        {
            values.Fail("description", "A value is required.");
        }
    }

    internal static double[]? Box(Finding f) =>
        f is { BoxX0: { } x0, BoxY0: { } y0, BoxX1: { } x1, BoxY1: { } y1 } ? [x0, y0, x1, y1] : null;

    internal static string Serialize<TOutput>(TOutput output) => JsonSerializer.Serialize(output, ExtractionOutput.Json);
}

public sealed class ControlExceptionEditor : FindingEditor<ControlException>
{
    public override object Values(ControlException e) => new { e.ControlRef, e.Description, e.Criteria, e.ManagementResponse };

    public override void Apply(ControlException item, FindingValueReader values)
    {
        if (values.Has("controlRef")) { item.ControlRef = values.Text("controlRef", Lengths.Ref); }
        if (values.Has("description")) { item.Description = values.Text("description", Lengths.Notes, required: true) ?? item.Description; }
        if (values.Has("criteria")) { item.Criteria = values.List("criteria", Lengths.Ref); }
        if (values.Has("managementResponse")) { item.ManagementResponse = values.Text("managementResponse", Lengths.Notes); }
    }

    public override ControlException Create(FindingValueReader values)
    {
        var exception = new ControlException { Description = string.Empty };
        Apply(exception, values);
        ControlEditor.RequireDescription(exception.Description, values);
        return exception;
    }

    public override void RestoreExtracted(ControlException item)
    {
        if (item.ExtractedSnapshot is { } json && FindingValues.Snapshot<ExceptionOutput>(json) is { } output)
        {
            FindingValues.Apply(item, output);
        }
    }

    public override string ExtractedSnapshotOf(ControlException e) => ControlEditor.Serialize(
        new ExceptionOutput(e.ControlRef, e.Criteria, e.Description, e.ManagementResponse, e.Confidence, e.Page, ControlEditor.Box(e)));
}

public sealed class CuecEditor : FindingEditor<Cuec>
{
    public override object Values(Cuec c) => new { c.Description, c.Criteria };

    public override void Apply(Cuec item, FindingValueReader values)
    {
        if (values.Has("description")) { item.Description = values.Text("description", Lengths.Notes, required: true) ?? item.Description; }
        if (values.Has("criteria")) { item.Criteria = values.List("criteria", Lengths.Ref); }
    }

    public override Cuec Create(FindingValueReader values)
    {
        var cuec = new Cuec { Description = string.Empty };
        Apply(cuec, values);
        ControlEditor.RequireDescription(cuec.Description, values);
        return cuec;
    }

    public override void RestoreExtracted(Cuec item)
    {
        if (item.ExtractedSnapshot is { } json && FindingValues.Snapshot<CuecOutput>(json) is { } output)
        {
            FindingValues.Apply(item, output);
        }
    }

    public override string ExtractedSnapshotOf(Cuec c) =>
        ControlEditor.Serialize(new CuecOutput(c.Description, c.Criteria, c.Confidence, c.Page, ControlEditor.Box(c)));
}

public sealed class SubserviceOrganizationEditor : FindingEditor<SubserviceOrganization>
{
    public override object Values(SubserviceOrganization s) => new { s.Name, s.Services, Method = s.Method.ToString() };

    public override void Apply(SubserviceOrganization item, FindingValueReader values)
    {
        if (values.Has("name")) { item.Name = values.Text("name", Lengths.Name, required: true) ?? item.Name; }
        if (values.Has("services")) { item.Services = values.Text("services", Lengths.Notes); }
        if (values.Enum<SubserviceMethod>("method") is { } method) { item.Method = method; }
    }

    public override void RestoreExtracted(SubserviceOrganization item)
    {
        if (item.ExtractedSnapshot is { } json && FindingValues.Snapshot<SubserviceOrganizationOutput>(json) is { } output)
        {
            FindingValues.Apply(item, output);
        }
    }

    public override string ExtractedSnapshotOf(SubserviceOrganization s) => ControlEditor.Serialize(new SubserviceOrganizationOutput(
        s.Name, s.Services, s.Method == SubserviceMethod.Inclusive ? "INCLUSIVE" : "CARVE_OUT", s.Confidence, s.Page, ControlEditor.Box(s)));
}
