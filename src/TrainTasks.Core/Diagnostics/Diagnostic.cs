using System.Text;

namespace TrainTasks.Core.Diagnostics;

/// <summary>
/// A coded message for the user. <see cref="ToCanonicalString"/> gives MSBuild's canonical
/// form, <c>file(line,col): error TT1104: $.path: text</c>, which the MSBuild task turns back
/// into a build error.
/// </summary>
/// <param name="Code">The code, <c>TT</c> and four digits.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">The text, without code or location.</param>
/// <param name="Location">Where in an input it points, if anywhere.</param>
public sealed record Diagnostic(
    string Code,
    DiagnosticSeverity Severity,
    string Message,
    SourceLocation? Location = null)
{
    /// <summary>The origin written when a diagnostic has no file.</summary>
    public const string ToolOrigin = "dotnet-train";

    /// <summary>Whether this is an error.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Formats the diagnostic in MSBuild's canonical error format.</summary>
    public string ToCanonicalString()
    {
        var builder = new StringBuilder();
        AppendOrigin(builder);
        builder.Append(": ").Append(IsError ? "error " : "warning ").Append(Code).Append(": ");
        if (Location?.JsonPath is { } path)
        {
            builder.Append(path).Append(": ");
        }

        return builder.Append(Message).ToString();
    }

    /// <inheritdoc />
    public override string ToString() => ToCanonicalString();

    private void AppendOrigin(StringBuilder builder)
    {
        if (Location is null)
        {
            builder.Append(ToolOrigin);
            return;
        }

        builder.Append(Location.File);
        if (Location.Line > 0)
        {
            builder.Append('(').Append(Location.Line).Append(',').Append(Math.Max(Location.Column, 1)).Append(')');
        }
    }
}
