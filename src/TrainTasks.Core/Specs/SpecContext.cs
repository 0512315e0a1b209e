using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrainTasks.Core.Diagnostics;

namespace TrainTasks.Core.Specs;

/// <summary>
/// The state of one spec validation: the document, the diagnostics found so far, and typed
/// getters that report a missing key or a wrong type at the right place and return null.
/// </summary>
internal sealed class SpecContext
{
    public SpecContext(string file, string baseDirectory, SpecDocument document, List<Diagnostic> diagnostics)
    {
        File = file;
        BaseDirectory = baseDirectory;
        Document = document;
        Diagnostics = diagnostics;
    }

    public string File { get; }

    public string BaseDirectory { get; }

    public SpecDocument Document { get; }

    public List<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.IsError);

    /// <summary>Where the value at <paramref name="path"/> starts.</summary>
    public SourceLocation At(string path)
    {
        var (line, column) = Document.ValuePosition(path);
        return new SourceLocation(File, line, column, path);
    }

    /// <summary>Where the property name of <paramref name="path"/> starts.</summary>
    public SourceLocation AtKey(string path)
    {
        var (line, column) = Document.KeyPosition(path);
        return new SourceLocation(File, line, column, path);
    }

    public void Report(Diagnostic diagnostic) => Diagnostics.Add(diagnostic);

    /// <summary>Reports every key of <paramref name="obj"/> that is not in <paramref name="allowed"/>.</summary>
    public void CheckKeys(JsonObject obj, string path, IReadOnlyCollection<string> allowed)
    {
        foreach (var (key, _) in obj)
        {
            if (!allowed.Contains(key))
            {
                Report(Messages.Spec_UnknownKey(AtKey(SpecDocument.Child(path, key)), key, allowed));
            }
        }
    }

    /// <summary>The value at <paramref name="key"/>, or null (reporting TT1006 when required).</summary>
    public bool TryGet(JsonObject parent, string path, string key, string expected, bool required, out JsonNode? value)
    {
        if (parent.TryGetPropertyValue(key, out value))
        {
            return true;
        }

        if (required)
        {
            Report(Messages.Spec_MissingKey(At(path) with { JsonPath = SpecDocument.Child(path, key) }, key, expected));
        }

        return false;
    }

    public JsonObject? GetObject(JsonObject parent, string path, string key, bool required = false)
    {
        const string Expected = "an object";
        if (!TryGet(parent, path, key, Expected, required, out var value))
        {
            return null;
        }

        return value as JsonObject ?? WrongType<JsonObject>(SpecDocument.Child(path, key), value, Expected);
    }

    public string? GetString(JsonObject parent, string path, string key, bool required = false)
    {
        const string Expected = "a string";
        if (!TryGet(parent, path, key, Expected, required, out var value))
        {
            return null;
        }

        return KindOf(value) == JsonValueKind.String
            ? value!.GetValue<string>()
            : WrongType<string>(SpecDocument.Child(path, key), value, Expected);
    }

    public bool? GetBoolean(JsonObject parent, string path, string key)
    {
        if (!TryGet(parent, path, key, "true or false", required: false, out var value))
        {
            return null;
        }

        return KindOf(value) switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => WrongType<bool?>(SpecDocument.Child(path, key), value, "true or false"),
        };
    }

    public double? GetNumber(JsonObject parent, string path, string key, bool required = false)
    {
        if (!TryGet(parent, path, key, "a number", required, out var value))
        {
            return null;
        }

        return KindOf(value) == JsonValueKind.Number
            ? value!.GetValue<JsonElement>().GetDouble()
            : WrongType<double?>(SpecDocument.Child(path, key), value, "a number");
    }

    public long? GetInteger(JsonObject parent, string path, string key, bool required = false)
    {
        var childPath = SpecDocument.Child(path, key);
        if (!TryGet(parent, path, key, "an integer", required, out var value))
        {
            return null;
        }

        if (KindOf(value) != JsonValueKind.Number)
        {
            return WrongType<long?>(childPath, value, "an integer");
        }

        var number = value!.GetValue<JsonElement>().GetDouble();
        return number == Math.Floor(number) && Math.Abs(number) <= 9e15
            ? (long)number
            : WrongType<long?>(childPath, value, "an integer");
    }

    /// <summary>Reports TT1008 when the number at <paramref name="path"/> breaks its rule.</summary>
    public bool CheckRange(string path, double? value, bool inRange, string rule)
    {
        if (value is not { } number || inRange)
        {
            return true;
        }

        Report(Messages.Spec_NumberOutOfRange(At(path), Format(number), rule));
        return false;
    }

    /// <summary>The path of <paramref name="relative"/> relative to the spec's folder, made absolute.</summary>
    public string ResolvePath(string relative) => Path.GetFullPath(Path.Combine(BaseDirectory, relative));

    public static string Format(double number) => number.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A value as the user wrote it, for quoting in messages.</summary>
    public static string Quote(JsonNode? value) => value?.ToJsonString() ?? "null";

    public static JsonValueKind KindOf(JsonNode? value) => value?.GetValueKind() ?? JsonValueKind.Null;

    public T? WrongType<T>(string path, JsonNode? value, string expected)
    {
        Report(Messages.Spec_WrongType(At(path), Quote(value), expected));
        return default;
    }
}
