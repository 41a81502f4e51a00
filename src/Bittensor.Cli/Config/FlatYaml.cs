using System.Globalization;
using System.Text;
using Bittensor.Cli.Infrastructure;

namespace Bittensor.Cli.Config;

/// <summary>
/// The subset of YAML btcli's config uses: top-level <c>key: scalar</c> lines, and indented blocks under a key
/// with no value (kept as raw text). Enough to read and write what PyYAML's <c>safe_dump</c> produces for it.
/// </summary>
internal static class FlatYaml
{
    // PyYAML reads these plain words as booleans (YAML 1.1), so a string with this text must be quoted for Python btcli.
    private static readonly HashSet<string> s_yaml11Words = new(StringComparer.OrdinalIgnoreCase) { "yes", "no", "on", "off", "y", "n" };

    public static void Parse(string[] lines, string source, IDictionary<string, ConfigValue> into)
    {
        string? blockKey = null;
        StringBuilder block = new();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t' || line[0] == '-'))
            {
                if (blockKey is null)
                {
                    throw new CliException($"{source}:{i + 1}: indented line outside a block");
                }

                block.Append(line).Append('\n');
                continue;
            }

            Flush(ref blockKey, block, into);
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed == "---" || trimmed == "{}")
            {
                continue;
            }

            int colon = trimmed.IndexOf(": ", StringComparison.Ordinal);
            string key;
            string rest;
            if (colon < 0 && trimmed.EndsWith(':'))
            {
                key = trimmed[..^1];
                rest = string.Empty;
            }
            else if (colon > 0)
            {
                key = trimmed[..colon];
                rest = trimmed[(colon + 2)..].Trim();
            }
            else
            {
                throw new CliException($"{source}:{i + 1}: expected 'key: value'");
            }

            key = Unquote(key, source, i + 1);
            if (rest.Length == 0)
            {
                // Either null or the start of a nested block; decided by the next lines.
                blockKey = key;
                into[key] = ConfigValue.Null;
                continue;
            }

            into[key] = ParseScalar(rest, source, i + 1);
        }

        Flush(ref blockKey, block, into);
    }

    public static string Write(IEnumerable<KeyValuePair<string, ConfigValue>> values)
    {
        StringBuilder text = new();
        foreach ((string key, ConfigValue value) in values)
        {
            text.Append(FormatString(key)).Append(':');
            switch (value.Kind)
            {
                case ConfigValueKind.Block:
                    text.Append('\n').Append(value.Text);
                    break;
                case ConfigValueKind.Null:
                    text.Append(" null\n");
                    break;
                case ConfigValueKind.String:
                    text.Append(' ').Append(FormatString(value.Text ?? string.Empty)).Append('\n');
                    break;
                default:
                    text.Append(' ').Append(value.Text).Append('\n');
                    break;
            }
        }

        return text.Length == 0 ? "{}\n" : text.ToString();
    }

    private static void Flush(ref string? blockKey, StringBuilder block, IDictionary<string, ConfigValue> into)
    {
        if (blockKey is not null && block.Length > 0)
        {
            into[blockKey] = new ConfigValue(ConfigValueKind.Block, block.ToString());
        }

        blockKey = null;
        block.Clear();
    }

    private static ConfigValue ParseScalar(string text, string source, int line)
    {
        if (text[0] is '\'' or '"')
        {
            return ConfigValue.Of(Unquote(text, source, line));
        }

        // A trailing comment is not part of a plain scalar.
        int comment = text.IndexOf(" #", StringComparison.Ordinal);
        string plain = comment >= 0 ? text[..comment].TrimEnd() : text;
        switch (plain)
        {
            case "null" or "Null" or "NULL" or "~":
                return ConfigValue.Null;
            case "true" or "True" or "TRUE":
                return ConfigValue.Of(true);
            case "false" or "False" or "FALSE":
                return ConfigValue.Of(false);
        }

        return decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out _)
            ? new ConfigValue(ConfigValueKind.Number, plain)
            : ConfigValue.Of(plain);
    }

    private static string Unquote(string text, string source, int line)
    {
        if (text.Length >= 2 && text[0] == '\'' && text[^1] == '\'')
        {
            return text[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }

        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            StringBuilder result = new();
            for (int i = 1; i < text.Length - 1; i++)
            {
                char c = text[i];
                if (c != '\\')
                {
                    result.Append(c);
                    continue;
                }

                if (++i >= text.Length - 1)
                {
                    throw new CliException($"{source}:{line}: dangling escape in a quoted string");
                }

                result.Append(text[i] switch { 'n' => '\n', 't' => '\t', '0' => '\0', _ => text[i] });
            }

            return result.ToString();
        }

        if (text.Length > 0 && text[0] is '\'' or '"')
        {
            throw new CliException($"{source}:{line}: unterminated quoted string");
        }

        return text;
    }

    /// <summary>Plain when YAML would read it back as the same string, else single-quoted.</summary>
    private static string FormatString(string value)
    {
        bool plain = value.Length > 0
            && value.Trim() == value
            && value.IndexOfAny([':', '#', '\'', '"', '\n', '\t', '{', '}', '[', ']', ',', '&', '*', '!', '|', '>', '%', '@', '`']) < 0
            && value[0] is not ('-' or '?')
            && ParseScalar(value, "value", 0).Kind == ConfigValueKind.String
            && !s_yaml11Words.Contains(value);
        return plain ? value : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }
}
