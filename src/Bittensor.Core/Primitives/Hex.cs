namespace Bittensor.Core.Primitives;

/// <summary>Lower-case hex with the <c>0x</c> prefix Substrate uses on the wire.</summary>
public static class Hex
{
    /// <summary>Formats bytes as <c>0x</c> + lower-case hex.</summary>
    public static string Encode(ReadOnlySpan<byte> bytes, bool prefix = true)
    {
        string hex = Convert.ToHexStringLower(bytes);
        return prefix ? "0x" + hex : hex;
    }

    /// <summary>Parses hex with or without the <c>0x</c> prefix; odd length or non-hex characters give a <see cref="FormatException"/>.</summary>
    public static byte[] Decode(ReadOnlySpan<char> text)
    {
        if (!TryDecode(text, out byte[]? bytes, out string? error))
        {
            throw new FormatException(error);
        }

        return bytes;
    }

    public static bool TryDecode(ReadOnlySpan<char> text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out byte[]? bytes, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            text = text[2..];
        }

        if ((text.Length & 1) != 0)
        {
            bytes = null;
            error = $"hex string has an odd number of digits ({text.Length})";
            return false;
        }

        byte[] result = new byte[text.Length / 2];
        for (int i = 0; i < result.Length; i++)
        {
            int hi = Nibble(text[2 * i]);
            int lo = Nibble(text[(2 * i) + 1]);
            if ((hi | lo) < 0)
            {
                bytes = null;
                int at = hi < 0 ? 2 * i : (2 * i) + 1;
                error = $"invalid hex digit '{text[at]}' at position {at}";
                return false;
            }

            result[i] = (byte)((hi << 4) | lo);
        }

        bytes = result;
        error = null;
        return true;
    }

    private static int Nibble(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
