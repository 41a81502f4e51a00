namespace Bittensor.Examples.Subnet.Model;

/// <summary>
/// Splits text into lower-case tokens: runs of letters or digits (2 to 24 chars; longer runs are mostly base64), and
/// the single characters <c>$</c> and <c>!</c>, which carry signal in spam.
/// </summary>
public static class Tokenizer
{
    private const int MinLength = 2;
    private const int MaxLength = 24;

    /// <summary>Calls <paramref name="onToken"/> for each token in order (no allocation per token).</summary>
    public static void Tokenize(ReadOnlySpan<char> text, TokenHandler onToken)
    {
        ArgumentNullException.ThrowIfNull(onToken);
        Span<char> buffer = stackalloc char[MaxLength];
        int length = 0;
        bool tooLong = false;
        foreach (char c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || (c > 127 && char.IsLetter(c)))
            {
                if (length < MaxLength)
                {
                    buffer[length++] = char.ToLowerInvariant(c);
                }
                else
                {
                    tooLong = true;
                }

                continue;
            }

            Flush(buffer, ref length, ref tooLong, onToken);
            if (c is '$' or '!')
            {
                onToken(c == '$' ? "$" : "!");
            }
        }

        Flush(buffer, ref length, ref tooLong, onToken);
    }

    /// <summary>The tokens as a list.</summary>
    public static List<string> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<string> tokens = [];
        Tokenize(text, token => tokens.Add(token.ToString()));
        return tokens;
    }

    private static void Flush(Span<char> buffer, ref int length, ref bool tooLong, TokenHandler onToken)
    {
        if (length >= MinLength && !tooLong)
        {
            onToken(buffer[..length]);
        }

        length = 0;
        tooLong = false;
    }
}
