using System.Buffers;
using System.Text.Json;

namespace Bittensor.Node.Tests.Rpc;

/// <summary>
/// Compares the JSON shape of our response with recorded ones: the same JSON types, hex strings where the recording has
/// <c>0x</c> hex, the same field names. A field the recordings never show is a mismatch unless the recorded object is
/// empty (a truncated recording) or the caller allows it; a null in a recording (an absent value) constrains nothing.
/// </summary>
internal static class JsonShape
{
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    public static List<string> Compare(IReadOnlyList<JsonElement> recorded, JsonElement ours, IReadOnlySet<string> allowedExtraPaths)
    {
        var mismatches = new List<string>();
        Compare(recorded, ours, "$", allowedExtraPaths, mismatches);
        return mismatches;
    }

    private static void Compare(IReadOnlyList<JsonElement> recorded, JsonElement ours, string path, IReadOnlySet<string> allowed, List<string> mismatches)
    {
        List<JsonElement> samples = [.. recorded.Where(r => r.ValueKind != JsonValueKind.Null)];
        if (samples.Count == 0)
        {
            return;
        }

        JsonValueKind kind = Kind(samples[0]);
        if (ours.ValueKind == JsonValueKind.Null)
        {
            if (samples.Count == recorded.Count)
            {
                mismatches.Add($"{path}: recorded {Describe(samples[0])} and never null, ours null");
            }

            return;
        }

        if (Kind(ours) != kind)
        {
            mismatches.Add($"{path}: recorded {Describe(samples[0])}, ours {Describe(ours)}");
            return;
        }

        switch (kind)
        {
            case JsonValueKind.String:
                bool recordedHex = samples.All(IsHex);
                if (recordedHex && !IsHex(ours))
                {
                    mismatches.Add($"{path}: recorded a 0x-hex string, ours \"{ours.GetString()}\"");
                }

                break;
            case JsonValueKind.Array:
                List<JsonElement> items = [.. samples.SelectMany(s => s.EnumerateArray())];

                // A serde tuple (e.g. a runtime API entry ["0x…", 5]) compares position by position, a list against every
                // recorded element.
                bool tuple = IsTuple(samples[0]) && samples.All(s => s.GetArrayLength() == ours.GetArrayLength());
                int index = 0;
                foreach (JsonElement item in ours.EnumerateArray())
                {
                    if (items.Count > 0)
                    {
                        IReadOnlyList<JsonElement> expected = tuple ? [.. samples.Select(s => s[index])] : items;
                        Compare(expected, item, $"{path}[{index}]", allowed, mismatches);
                    }

                    index++;
                }

                break;
            case JsonValueKind.Object:
                if (samples.All(s => !s.EnumerateObject().Any()))
                {
                    // The recording kept only "{}" here: nothing to compare against.
                    return;
                }

                var recordedNames = new HashSet<string>(samples.SelectMany(s => s.EnumerateObject().Select(p => p.Name)), StringComparer.Ordinal);
                foreach (string name in recordedNames)
                {
                    if (!ours.TryGetProperty(name, out JsonElement value))
                    {
                        mismatches.Add($"{path}.{name}: recorded, missing in ours");
                        continue;
                    }

                    Compare([.. samples.Where(s => s.TryGetProperty(name, out _)).Select(s => s.GetProperty(name))], value, $"{path}.{name}", allowed, mismatches);
                }

                foreach (JsonProperty property in ours.EnumerateObject())
                {
                    if (!recordedNames.Contains(property.Name) && !allowed.Contains($"{path}.{property.Name}"))
                    {
                        mismatches.Add($"{path}.{property.Name}: ours only, never in a recording");
                    }
                }

                break;
        }
    }

    /// <summary>An array whose elements have different kinds, i.e. a serde tuple.</summary>
    private static bool IsTuple(JsonElement array) => array.GetArrayLength() > 1 && array.EnumerateArray().Select(Kind).Distinct().Count() > 1;

    private static JsonValueKind Kind(JsonElement element) => element.ValueKind is JsonValueKind.True or JsonValueKind.False ? JsonValueKind.True : element.ValueKind;

    private static bool IsHex(JsonElement element) =>
        element.ValueKind == JsonValueKind.String && element.GetString() is { } text && text.StartsWith("0x", StringComparison.Ordinal)
        && !text.AsSpan(2).ContainsAnyExcept(HexDigits);

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => IsHex(element) ? "a hex string" : "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => element.ValueKind.ToString(),
    };
}
