using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrainTasks.Core.Diagnostics;

namespace TrainTasks.Core.Specs;

/// <summary>
/// Reads spec bytes once with <see cref="Utf8JsonReader"/>, building the JSON tree and
/// recording the line and column of every JSON path, so that every later check can point at
/// the exact place in the file. Comments and trailing commas are accepted.
/// </summary>
internal sealed class SpecDocumentReader
{
    private static readonly JsonReaderOptions s_options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly string _file;
    private readonly byte[] _bytes;
    private readonly List<int> _lineStarts = [0];
    private readonly Dictionary<string, (int Line, int Column)> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Line, int Column)> _keys = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _diagnostics;

    private SpecDocumentReader(string file, byte[] bytes, List<Diagnostic> diagnostics)
    {
        _file = file;
        _bytes = bytes;
        _diagnostics = diagnostics;
        for (var index = 0; index < bytes.Length; index++)
        {
            if (bytes[index] == (byte)'\n')
            {
                _lineStarts.Add(index + 1);
            }
        }
    }

    /// <summary>Parses <paramref name="bytes"/>; null when the JSON is malformed (a TT1002 is added).</summary>
    public static SpecDocument? Read(string file, byte[] bytes, List<Diagnostic> diagnostics)
    {
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var reader = new SpecDocumentReader(file, bytes[start..], diagnostics);
        return reader.ReadDocument();
    }

    private SpecDocument? ReadDocument()
    {
        var reader = new Utf8JsonReader(_bytes, s_options);
        try
        {
            if (!reader.Read())
            {
                _diagnostics.Add(Messages.Spec_JsonSyntax(new(_file, 1, 1, "$"), "the file is empty."));
                return null;
            }

            var root = ReadValue(ref reader, "$");
            reader.Read();
            return new SpecDocument(root, _values, _keys);
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0) + 1;
            var column = (int)(exception.BytePositionInLine ?? 0) + 1;
            _diagnostics.Add(Messages.Spec_JsonSyntax(new(_file, line, column), exception.Message));
            return null;
        }
    }

    private JsonNode? ReadValue(ref Utf8JsonReader reader, string path)
    {
        _values[path] = Position(reader.TokenStartIndex);
        return reader.TokenType switch
        {
            JsonTokenType.StartObject => ReadObject(ref reader, path),
            JsonTokenType.StartArray => ReadArray(ref reader, path),
            JsonTokenType.String => JsonValue.Create(reader.GetString()),
            JsonTokenType.Null => null,
            _ => JsonValue.Create(JsonElement.ParseValue(ref reader)),
        };
    }

    private JsonObject ReadObject(ref Utf8JsonReader reader, string path)
    {
        var result = new JsonObject();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            var childPath = SpecDocument.Child(path, key);
            var keyPosition = Position(reader.TokenStartIndex);
            reader.Read();
            if (result.ContainsKey(key))
            {
                _diagnostics.Add(Messages.Spec_DuplicateKey(
                    new(_file, keyPosition.Line, keyPosition.Column, childPath),
                    key));
                ReadValue(ref reader, childPath + "#duplicate");
                continue;
            }

            _keys[childPath] = keyPosition;
            result[key] = ReadValue(ref reader, childPath);
        }

        return result;
    }

    private JsonArray ReadArray(ref Utf8JsonReader reader, string path)
    {
        var result = new JsonArray();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            result.Add(ReadValue(ref reader, SpecDocument.Item(path, result.Count)));
        }

        return result;
    }

    private (int Line, int Column) Position(long offset)
    {
        var line = _lineStarts.BinarySearch((int)offset);
        line = line >= 0 ? line : ~line - 1;
        var column = 1;
        for (var index = _lineStarts[line]; index < offset; index++)
        {
            // Count characters, not bytes: skip UTF-8 continuation bytes.
            column += (_bytes[index] & 0xC0) == 0x80 ? 0 : 1;
        }

        return (line + 1, column);
    }
}
