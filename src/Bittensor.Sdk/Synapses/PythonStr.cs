using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bittensor.Sdk.Synapses;

/// <summary>
/// CPython's <c>str()</c> and <c>repr()</c> of the values a synapse field can hold, byte for byte: the body hash
/// (bittensor <c>Synapse.body_hash</c>) hashes <c>str(model_dump()[field])</c>, so a peer in another language must
/// print values exactly as CPython 3 does.
/// </summary>
/// <remarks>
/// Supported: null (<c>None</c>), bool, every integer type and <see cref="BigInteger"/> (int), double / float / Half /
/// decimal (float, shortest round-trip repr as <c>float_repr_style='short'</c>), string and char (str, with
/// CPython's quote choice and escapes), byte arrays (bytes), <see cref="ITuple"/> (tuple), <see cref="IDictionary"/>
/// (dict, in enumeration order), other <see cref="IEnumerable"/> (list), <see cref="JsonElement"/> and
/// <see cref="JsonNode"/> (as <c>json.loads</c> would give them), and <see cref="IPythonRepr"/> for nested models.
/// A float or decimal is printed as the double a Python peer parses from its JSON text.
/// </remarks>
public static class PythonStr
{
    /// <summary>Python <c>str(value)</c>: a string as itself, everything else as its repr.</summary>
    public static string Str(object? value) => value switch
    {
        string s => s,
        char c => c.ToString(),
        _ => Repr(value),
    };

    /// <summary>Python <c>repr(value)</c>.</summary>
    public static string Repr(object? value)
    {
        StringBuilder builder = new();
        AppendRepr(builder, value);
        return builder.ToString();
    }

    /// <summary>Appends Python <c>repr(value)</c>.</summary>
    /// <exception cref="NotSupportedException">A type with no faithful Python equivalent (sets, enums, arbitrary objects).</exception>
    public static void AppendRepr(StringBuilder builder, object? value)
    {
        ArgumentNullException.ThrowIfNull(builder);
        switch (value)
        {
            case null:
                builder.Append("None");
                break;
            case bool b:
                builder.Append(b ? "True" : "False");
                break;
            case string s:
                AppendStringRepr(builder, s);
                break;
            case char c:
                AppendStringRepr(builder, c.ToString());
                break;
            case int or long or short or sbyte or byte or ushort or uint or ulong or nint or nuint or Int128 or UInt128 or BigInteger:
                builder.Append(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                break;
            case double d:
                AppendFloatRepr(builder, d);
                break;
            case float f:
                AppendFloatRepr(builder, ParseAsPythonFloat(f.ToString("R", CultureInfo.InvariantCulture)));
                break;
            case Half h:
                AppendFloatRepr(builder, ParseAsPythonFloat(h.ToString(CultureInfo.InvariantCulture)));
                break;
            case decimal m:
                AppendFloatRepr(builder, ParseAsPythonFloat(m.ToString(CultureInfo.InvariantCulture)));
                break;
            case byte[] bytes:
                AppendBytesRepr(builder, bytes);
                break;
            case ReadOnlyMemory<byte> rom:
                AppendBytesRepr(builder, rom.Span);
                break;
            case Memory<byte> mem:
                AppendBytesRepr(builder, mem.Span);
                break;
            case IPythonRepr custom:
                custom.AppendPythonRepr(builder);
                break;
            case JsonElement element:
                AppendJsonElement(builder, element);
                break;
            case JsonNode node:
                AppendJsonNode(builder, node);
                break;
            case Enum:
                throw new NotSupportedException($"enum {value.GetType().Name} has no portable Python str(); hash its underlying value or name instead");
            case ITuple tuple:
                AppendTuple(builder, tuple);
                break;
            case IDictionary dictionary:
                AppendDict(builder, dictionary);
                break;
            case IEnumerable sequence:
                AppendList(builder, sequence);
                break;
            default:
                throw new NotSupportedException(
                    $"{value.GetType().Name} has no Python repr here; implement {nameof(IPythonRepr)} (a nested model prints as a dict)");
        }
    }

    /// <summary>Python <c>repr(float)</c> (identical to <c>str(float)</c> in Python 3).</summary>
    public static string FloatRepr(double value)
    {
        StringBuilder builder = new(24);
        AppendFloatRepr(builder, value);
        return builder.ToString();
    }

    /// <summary>Python <c>repr(str)</c>: single quotes unless the text has a single quote and no double quote.</summary>
    public static string StringRepr(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        StringBuilder builder = new(value.Length + 2);
        AppendStringRepr(builder, value);
        return builder.ToString();
    }

    /// <summary>Appends <c>repr(float)</c>: shortest round-trip digits, fixed notation for 1e-4 ≤ |x| &lt; 1e16, else exponent.</summary>
    public static void AppendFloatRepr(StringBuilder builder, double value)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (double.IsNaN(value))
        {
            builder.Append("nan");
            return;
        }

        if (double.IsInfinity(value))
        {
            builder.Append(value > 0 ? "inf" : "-inf");
            return;
        }

        if (value == 0)
        {
            builder.Append(double.IsNegative(value) ? "-0.0" : "0.0");
            return;
        }

        // .NET's "R" gives the same shortest round-trip digit string as CPython's dtoa mode 0; only the layout differs.
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        bool negative = text[0] == '-';
        ReadOnlySpan<char> body = negative ? text.AsSpan(1) : text.AsSpan();
        int exponent = 0;
        int e = body.IndexOfAny('E', 'e');
        if (e >= 0)
        {
            exponent = int.Parse(body[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            body = body[..e];
        }

        Span<char> digits = stackalloc char[32];
        int count = 0;
        int pointPosition = -1;
        foreach (char ch in body)
        {
            if (ch == '.')
            {
                pointPosition = count;
            }
            else
            {
                digits[count++] = ch;
            }
        }

        if (pointPosition < 0)
        {
            pointPosition = count;
        }

        // value = 0.d1d2…dn × 10^decpt (dtoa's convention).
        int decpt = pointPosition + exponent;
        int start = 0;
        while (start < count - 1 && digits[start] == '0')
        {
            start++;
            decpt--;
        }

        int end = count;
        while (end > start + 1 && digits[end - 1] == '0')
        {
            end--;
        }

        ReadOnlySpan<char> d = digits[start..end];
        if (negative)
        {
            builder.Append('-');
        }

        // CPython format_float_short: exponent notation when decpt <= -4 or decpt > 16.
        if (decpt <= -4 || decpt > 16)
        {
            builder.Append(d[0]);
            if (d.Length > 1)
            {
                builder.Append('.').Append(d[1..]);
            }

            int exp = decpt - 1;
            builder.Append('e').Append(exp < 0 ? '-' : '+');
            int abs = Math.Abs(exp);
            if (abs < 10)
            {
                builder.Append('0');
            }

            builder.Append(abs.ToString(CultureInfo.InvariantCulture));
        }
        else if (decpt <= 0)
        {
            builder.Append("0.").Append('0', -decpt).Append(d);
        }
        else if (decpt >= d.Length)
        {
            builder.Append(d).Append('0', decpt - d.Length).Append(".0");
        }
        else
        {
            builder.Append(d[..decpt]).Append('.').Append(d[decpt..]);
        }
    }

    /// <summary>Appends <c>repr(str)</c> as CPython's unicode_repr does.</summary>
    public static void AppendStringRepr(StringBuilder builder, string value)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(value);
        char quote = value.Contains('\'', StringComparison.Ordinal) && !value.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        builder.Append(quote);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            int codePoint = c;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, value[i + 1]);
                if (IsPrintable(codePoint))
                {
                    builder.Append(c).Append(value[i + 1]);
                }
                else
                {
                    builder.Append("\\U").Append(codePoint.ToString("x8", CultureInfo.InvariantCulture));
                }

                i++;
                continue;
            }

            if (c == quote || c == '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c == '\t')
            {
                builder.Append("\\t");
            }
            else if (c == '\n')
            {
                builder.Append("\\n");
            }
            else if (c == '\r')
            {
                builder.Append("\\r");
            }
            else if (c < ' ' || c == 0x7f)
            {
                builder.Append("\\x").Append(codePoint.ToString("x2", CultureInfo.InvariantCulture));
            }
            else if (c < 0x7f)
            {
                builder.Append(c);
            }
            else if (!char.IsSurrogate(c) && IsPrintable(codePoint))
            {
                builder.Append(c);
            }
            else if (codePoint <= 0xff)
            {
                builder.Append("\\x").Append(codePoint.ToString("x2", CultureInfo.InvariantCulture));
            }
            else
            {
                // Lone surrogates and other non-printables in the BMP.
                builder.Append("\\u").Append(codePoint.ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        builder.Append(quote);
    }

    /// <summary>Appends <c>repr(bytes)</c>: b'…' with \\xNN for non-printable ASCII and bytes ≥ 0x7f.</summary>
    public static void AppendBytesRepr(StringBuilder builder, ReadOnlySpan<byte> value)
    {
        ArgumentNullException.ThrowIfNull(builder);
        char quote = value.Contains((byte)'\'') && !value.Contains((byte)'"') ? '"' : '\'';
        builder.Append('b').Append(quote);
        foreach (byte b in value)
        {
            if (b == quote || b == '\\')
            {
                builder.Append('\\').Append((char)b);
            }
            else if (b == '\t')
            {
                builder.Append("\\t");
            }
            else if (b == '\n')
            {
                builder.Append("\\n");
            }
            else if (b == '\r')
            {
                builder.Append("\\r");
            }
            else if (b < ' ' || b >= 0x7f)
            {
                builder.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append((char)b);
            }
        }

        builder.Append(quote);
    }

    // Py_UNICODE_ISPRINTABLE: false for Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the ASCII space.
    private static bool IsPrintable(int codePoint)
    {
        if (codePoint == ' ')
        {
            return true;
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator);
    }

    private static double ParseAsPythonFloat(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static void AppendTuple(StringBuilder builder, ITuple tuple)
    {
        builder.Append('(');
        for (int i = 0; i < tuple.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            AppendRepr(builder, tuple[i]);
        }

        if (tuple.Length == 1)
        {
            builder.Append(',');
        }

        builder.Append(')');
    }

    private static void AppendDict(StringBuilder builder, IDictionary dictionary)
    {
        builder.Append('{');
        bool first = true;
        IDictionaryEnumerator enumerator = dictionary.GetEnumerator();
        while (enumerator.MoveNext())
        {
            if (!first)
            {
                builder.Append(", ");
            }

            first = false;
            AppendRepr(builder, enumerator.Key);
            builder.Append(": ");
            AppendRepr(builder, enumerator.Value);
        }

        builder.Append('}');
    }

    private static void AppendList(StringBuilder builder, IEnumerable sequence)
    {
        builder.Append('[');
        bool first = true;
        foreach (object? item in sequence)
        {
            if (!first)
            {
                builder.Append(", ");
            }

            first = false;
            AppendRepr(builder, item);
        }

        builder.Append(']');
    }

    private static void AppendJsonElement(StringBuilder builder, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                builder.Append("None");
                break;
            case JsonValueKind.True:
                builder.Append("True");
                break;
            case JsonValueKind.False:
                builder.Append("False");
                break;
            case JsonValueKind.String:
                AppendStringRepr(builder, element.GetString()!);
                break;
            case JsonValueKind.Number:
                AppendJsonNumber(builder, element.GetRawText());
                break;
            case JsonValueKind.Array:
                builder.Append('[');
                bool firstItem = true;
                foreach (JsonElement item in element.EnumerateArray())
                {
                    if (!firstItem)
                    {
                        builder.Append(", ");
                    }

                    firstItem = false;
                    AppendJsonElement(builder, item);
                }

                builder.Append(']');
                break;
            case JsonValueKind.Object:
                builder.Append('{');
                bool firstProperty = true;
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    if (!firstProperty)
                    {
                        builder.Append(", ");
                    }

                    firstProperty = false;
                    AppendStringRepr(builder, property.Name);
                    builder.Append(": ");
                    AppendJsonElement(builder, property.Value);
                }

                builder.Append('}');
                break;
        }
    }

    private static void AppendJsonNode(StringBuilder builder, JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                builder.Append('{');
                bool first = true;
                foreach (KeyValuePair<string, JsonNode?> property in obj)
                {
                    if (!first)
                    {
                        builder.Append(", ");
                    }

                    first = false;
                    AppendStringRepr(builder, property.Key);
                    builder.Append(": ");
                    if (property.Value is null)
                    {
                        builder.Append("None");
                    }
                    else
                    {
                        AppendJsonNode(builder, property.Value);
                    }
                }

                builder.Append('}');
                break;
            case JsonArray array:
                builder.Append('[');
                for (int i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    if (array[i] is { } item)
                    {
                        AppendJsonNode(builder, item);
                    }
                    else
                    {
                        builder.Append("None");
                    }
                }

                builder.Append(']');
                break;
            default:
                if (node is JsonValue value && value.TryGetValue(out JsonElement element))
                {
                    AppendJsonElement(builder, element);
                }
                else
                {
                    using JsonDocument document = JsonDocument.Parse(node.ToJsonString());
                    AppendJsonElement(builder, document.RootElement);
                }

                break;
        }
    }

    // json.loads: a number with a fraction or exponent is a float, otherwise an int of any size.
    private static void AppendJsonNumber(StringBuilder builder, string raw)
    {
        if (raw.AsSpan().IndexOfAny('.', 'e', 'E') >= 0)
        {
            AppendFloatRepr(builder, ParseAsPythonFloat(raw));
        }
        else
        {
            builder.Append(BigInteger.Parse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
        }
    }
}
