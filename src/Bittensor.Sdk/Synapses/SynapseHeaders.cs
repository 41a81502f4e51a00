using System.Globalization;
using System.Text;

namespace Bittensor.Sdk.Synapses;

/// <summary>
/// The HTTP header form of a synapse (bittensor/core/synapse.py <c>to_headers</c> / <c>parse_headers_to_inputs</c>).
/// Every value is the Python <c>str()</c> of the field.
/// </summary>
public static class SynapseHeaders
{
    /// <summary>Route name header.</summary>
    public const string Name = "name";

    /// <summary>Timeout header (float seconds, e.g. <c>12.0</c>).</summary>
    public const string Timeout = "timeout";

    /// <summary>Header carrying the sender's body hash.</summary>
    public const string ComputedBodyHash = "computed_body_hash";

    /// <summary>Informational header size.</summary>
    public const string HeaderSize = "header_size";

    /// <summary>Informational total size.</summary>
    public const string TotalSize = "total_size";

    /// <summary>Prefix of the axon terminal fields.</summary>
    public const string AxonPrefix = "bt_header_axon_";

    /// <summary>Prefix of the dendrite terminal fields.</summary>
    public const string DendritePrefix = "bt_header_dendrite_";

    /// <summary>Prefix of the required-field type headers.</summary>
    public const string InputObjectPrefix = "bt_header_input_obj_";

    /// <summary>
    /// Builds the headers for <paramref name="synapse"/> in upstream's order: name, timeout, axon fields, dendrite
    /// fields (non-null only), input-object headers, header_size, total_size, computed_body_hash.
    /// </summary>
    /// <param name="synapse">The synapse.</param>
    /// <param name="totalSize">Value for <c>total_size</c> (upstream: Python getsizeof; here usually the body length).</param>
    /// <param name="bodyHash">The body hash to send; computed when null.</param>
    public static List<KeyValuePair<string, string>> Build(Synapse synapse, long totalSize, string? bodyHash = null) =>
        Build(synapse, totalSize, bodyHash, forResponse: false);

    /// <summary>
    /// Builds request headers, or (with <paramref name="forResponse"/>) the leaner response headers: the dendrite's
    /// own fields and the input-object headers are left out, since a dendrite only merges what is new to it and
    /// parses responses as the base synapse.
    /// </summary>
    public static List<KeyValuePair<string, string>> Build(Synapse synapse, long totalSize, string? bodyHash, bool forResponse)
    {
        ArgumentNullException.ThrowIfNull(synapse);
        List<KeyValuePair<string, string>> headers =
        [
            new(Name, synapse.Name ?? synapse.SynapseName),
            new(Timeout, synapse.Timeout is { } t ? PythonStr.FloatRepr(t) : "None"),
        ];
        AddTerminal(headers, AxonPrefix, synapse.Axon);
        if (forResponse)
        {
            AddIfNotNull(headers, DendritePrefix + "ip", synapse.Dendrite?.Ip);
            AddIfNotNull(headers, DendritePrefix + "port", synapse.Dendrite?.Port);
        }
        else
        {
            AddTerminal(headers, DendritePrefix, synapse.Dendrite);
            foreach (SynapseInputField field in synapse.RequiredInputFields)
            {
                headers.Add(new(InputObjectPrefix + field.Name, Convert.ToBase64String(Encoding.UTF8.GetBytes(field.EmptyJson))));
            }
        }

        long headerBytes = 0;
        foreach (KeyValuePair<string, string> header in headers)
        {
            headerBytes += header.Key.Length + header.Value.Length;
        }

        headers.Add(new(HeaderSize, headerBytes.ToString(CultureInfo.InvariantCulture)));
        headers.Add(new(TotalSize, totalSize.ToString(CultureInfo.InvariantCulture)));
        headers.Add(new(ComputedBodyHash, bodyHash ?? synapse.ComputeBodyHash()));
        return headers;
    }

    /// <summary>
    /// Fills the header-borne fields of <paramref name="target"/> (name, timeout, sizes, body hash, both terminals) from
    /// received headers. Names are case-insensitive; unknown headers are ignored.
    /// </summary>
    /// <exception cref="FormatException">A numeric field does not parse (upstream: SynapseParsingError, HTTP 400).</exception>
    public static void Apply(IEnumerable<KeyValuePair<string, string>> headers, Synapse target)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(target);
        TerminalInfo axon = new();
        TerminalInfo dendrite = new();
        foreach ((string key, string value) in headers)
        {
            if (key.StartsWith(AxonPrefix, StringComparison.OrdinalIgnoreCase))
            {
                SetTerminalField(axon, key[AxonPrefix.Length..], value);
            }
            else if (key.StartsWith(DendritePrefix, StringComparison.OrdinalIgnoreCase))
            {
                SetTerminalField(dendrite, key[DendritePrefix.Length..], value);
            }
            else if (key.Equals(Name, StringComparison.OrdinalIgnoreCase))
            {
                target.Name = value;
            }
            else if (key.Equals(Timeout, StringComparison.OrdinalIgnoreCase))
            {
                target.Timeout = ParseFloat(value, Timeout);
            }
            else if (key.Equals(HeaderSize, StringComparison.OrdinalIgnoreCase))
            {
                target.HeaderSize = ParseInt(value, HeaderSize);
            }
            else if (key.Equals(TotalSize, StringComparison.OrdinalIgnoreCase))
            {
                target.TotalSize = ParseInt(value, TotalSize);
            }
            else if (key.Equals(ComputedBodyHash, StringComparison.OrdinalIgnoreCase))
            {
                target.ComputedBodyHash = value;
            }
        }

        target.Axon = axon;
        target.Dendrite = dendrite;
    }

    /// <summary>Parses a header value as Python <c>float()</c> does (also <c>inf</c>, <c>nan</c>, exponents).</summary>
    /// <exception cref="FormatException">Not a float.</exception>
    public static double ParseFloat(string text, string fieldName = "value")
    {
        ArgumentNullException.ThrowIfNull(text);
        ReadOnlySpan<char> s = text.AsSpan().Trim();
        bool negative = false;
        ReadOnlySpan<char> unsigned = s;
        if (unsigned.Length > 0 && (unsigned[0] == '+' || unsigned[0] == '-'))
        {
            negative = unsigned[0] == '-';
            unsigned = unsigned[1..];
        }

        if (unsigned.Equals("inf", StringComparison.OrdinalIgnoreCase) || unsigned.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        }

        if (unsigned.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            return double.NaN;
        }

        if (unsigned.IsEmpty || !(char.IsAsciiDigit(unsigned[0]) || unsigned[0] == '.')
            || !double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            throw new FormatException($"{fieldName} is not a float: '{Truncate(text)}'");
        }

        return value;
    }

    /// <summary>Parses a header value as Python <c>int()</c> does for 64-bit values.</summary>
    /// <exception cref="FormatException">Not an integer, or out of the 64-bit range.</exception>
    public static long ParseInt(string text, string fieldName = "value")
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!long.TryParse(text.AsSpan().Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
        {
            throw new FormatException($"{fieldName} is not a 64-bit integer: '{Truncate(text)}'");
        }

        return value;
    }

    private static int ParseInt32(string text, string fieldName)
    {
        long value = ParseInt(text, fieldName);
        if (value is < int.MinValue or > int.MaxValue)
        {
            throw new FormatException($"{fieldName} is out of range: '{Truncate(text)}'");
        }

        return (int)value;
    }

    private static void AddTerminal(List<KeyValuePair<string, string>> headers, string prefix, TerminalInfo? info)
    {
        if (info is null)
        {
            return;
        }

        // model_dump() order: status_code, status_message, process_time, ip, port, version, nonce, uuid, hotkey, signature.
        AddIfNotNull(headers, prefix + "status_code", info.StatusCode);
        AddIfNotNull(headers, prefix + "status_message", info.StatusMessage);
        AddIfNotNull(headers, prefix + "process_time", info.ProcessTime);
        AddIfNotNull(headers, prefix + "ip", info.Ip);
        AddIfNotNull(headers, prefix + "port", info.Port);
        AddIfNotNull(headers, prefix + "version", info.Version);
        AddIfNotNull(headers, prefix + "nonce", info.Nonce);
        AddIfNotNull(headers, prefix + "uuid", info.Uuid);
        AddIfNotNull(headers, prefix + "hotkey", info.Hotkey);
        AddIfNotNull(headers, prefix + "signature", info.Signature);
    }

    private static void AddIfNotNull(List<KeyValuePair<string, string>> headers, string name, object? value)
    {
        if (value is not null)
        {
            headers.Add(new(name, HeaderSafe(PythonStr.Str(value))));
        }
    }

    // Header values cannot carry CR/LF or non-ASCII safely; status messages are the only free text.
    private static string HeaderSafe(string value)
    {
        foreach (char c in value)
        {
            if (c < ' ' || c > '~')
            {
                return string.Create(value.Length, value, static (span, v) =>
                {
                    for (int i = 0; i < v.Length; i++)
                    {
                        span[i] = v[i] < ' ' || v[i] > '~' ? '?' : v[i];
                    }
                });
            }
        }

        return value;
    }

    private static void SetTerminalField(TerminalInfo info, string field, string value)
    {
        switch (field.ToLowerInvariant())
        {
            case "status_code":
                info.StatusCode = ParseInt32(value, field);
                break;
            case "status_message":
                info.StatusMessage = value;
                break;
            case "process_time":
                info.ProcessTime = ParseFloat(value, field);
                break;
            case "ip":
                info.Ip = value;
                break;
            case "port":
                info.Port = ParseInt32(value, field);
                break;
            case "version":
                info.Version = ParseInt(value, field);
                break;
            case "nonce":
                info.Nonce = ParseInt(value, field);
                break;
            case "uuid":
                info.Uuid = value;
                break;
            case "hotkey":
                info.Hotkey = value;
                break;
            case "signature":
                info.Signature = value;
                break;
            default:
                // Unknown terminal fields are ignored, as pydantic ignores extra fields.
                break;
        }
    }

    private static string Truncate(string text) => text.Length <= 64 ? text : text[..64] + "…";
}
