namespace Bittensor.Core.Primitives;

/// <summary>Bitcoin-alphabet Base58, as SS58 uses it. Inputs are small (≤ 37 bytes for SS58), so the quadratic algorithm is fine.</summary>
public static class Base58
{
    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    /// <summary>Upper bound on decoded input length: SS58 never exceeds this, and it caps work on hostile input.</summary>
    public const int MaxEncodedLength = 128;

    private static readonly sbyte[] s_map = BuildMap();

    public static string Encode(ReadOnlySpan<byte> data)
    {
        int zeros = 0;
        while (zeros < data.Length && data[zeros] == 0)
        {
            zeros++;
        }

        // log(256)/log(58) ≈ 1.366 digits per byte.
        Span<byte> digits = data.Length <= 96 ? stackalloc byte[(data.Length * 138 / 100) + 1] : new byte[(data.Length * 138 / 100) + 1];
        int length = 0;
        for (int i = zeros; i < data.Length; i++)
        {
            int carry = data[i];
            for (int j = 0; j < length; j++)
            {
                carry += digits[j] << 8;
                digits[j] = (byte)(carry % 58);
                carry /= 58;
            }

            while (carry > 0)
            {
                digits[length++] = (byte)(carry % 58);
                carry /= 58;
            }
        }

        char[] result = new char[zeros + length];
        result.AsSpan(0, zeros).Fill('1');
        for (int i = 0; i < length; i++)
        {
            result[zeros + i] = Alphabet[digits[length - 1 - i]];
        }

        return new string(result);
    }

    public static bool TryDecode(ReadOnlySpan<char> text, out byte[] result, out string? error)
    {
        result = [];
        if (text.Length > MaxEncodedLength)
        {
            error = $"base58 string is {text.Length} characters, at most {MaxEncodedLength} are accepted";
            return false;
        }

        int zeros = 0;
        while (zeros < text.Length && text[zeros] == '1')
        {
            zeros++;
        }

        Span<byte> bytes = stackalloc byte[MaxEncodedLength];
        int length = 0;
        for (int i = zeros; i < text.Length; i++)
        {
            char c = text[i];
            int value = c < 128 ? s_map[c] : -1;
            if (value < 0)
            {
                error = $"invalid base58 character '{c}' at position {i}";
                return false;
            }

            int carry = value;
            for (int j = 0; j < length; j++)
            {
                carry += bytes[j] * 58;
                bytes[j] = (byte)carry;
                carry >>= 8;
            }

            while (carry > 0)
            {
                bytes[length++] = (byte)carry;
                carry >>= 8;
            }
        }

        result = new byte[zeros + length];
        for (int i = 0; i < length; i++)
        {
            result[zeros + i] = bytes[length - 1 - i];
        }

        error = null;
        return true;
    }

    public static byte[] Decode(ReadOnlySpan<char> text) =>
        TryDecode(text, out byte[] result, out string? error) ? result : throw new FormatException(error);

    private static sbyte[] BuildMap()
    {
        sbyte[] map = new sbyte[128];
        map.AsSpan().Fill(-1);
        for (int i = 0; i < Alphabet.Length; i++)
        {
            map[Alphabet[i]] = (sbyte)i;
        }

        return map;
    }
}
