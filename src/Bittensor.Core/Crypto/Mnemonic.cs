using System.Security.Cryptography;
using System.Text;

namespace Bittensor.Core.Crypto;

/// <summary>
/// BIP-39 English mnemonics as Substrate uses them (paritytech/substrate-bip39). Words ↔ entropy is standard BIP-39,
/// but the seed differs from standard BIP-39: PBKDF2-HMAC-SHA512 keyed with the <b>entropy</b> (not the phrase),
/// salt "mnemonic" + password, 2048 rounds; the mini secret (sr25519) / seed (ed25519) is its first 32 bytes.
/// </summary>
public static class Mnemonic
{
    /// <summary>Word counts BIP-39 defines (128, 160, 192, 224, 256 bits of entropy).</summary>
    public static IReadOnlyList<int> ValidWordCounts { get; } = [12, 15, 18, 21, 24];

    private const int Pbkdf2Rounds = 2048;

    /// <summary>A new random phrase of <paramref name="words"/> words (entropy from <see cref="RandomNumberGenerator"/>).</summary>
    public static string Generate(int words = 12)
    {
        if (!IsValidWordCount(words))
        {
            throw new ArgumentOutOfRangeException(nameof(words), words, "a mnemonic has 12, 15, 18, 21 or 24 words");
        }

        Span<byte> entropy = stackalloc byte[words * 4 / 3];
        RandomNumberGenerator.Fill(entropy);
        string phrase = FromEntropy(entropy);
        CryptographicOperations.ZeroMemory(entropy);
        return phrase;
    }

    /// <summary>Encodes 16, 20, 24, 28 or 32 bytes of entropy as a phrase (11 bits a word, SHA-256 checksum appended).</summary>
    public static string FromEntropy(ReadOnlySpan<byte> entropy)
    {
        if (entropy.Length is < 16 or > 32 || entropy.Length % 4 != 0)
        {
            throw new ArgumentException($"BIP-39 entropy is 16, 20, 24, 28 or 32 bytes, got {entropy.Length}", nameof(entropy));
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(entropy, hash);
        int entropyBits = entropy.Length * 8;
        int wordCount = (entropyBits + (entropyBits / 32)) / 11;
        string[] list = Bip39WordList.Words;
        StringBuilder phrase = new(wordCount * 9);
        for (int w = 0; w < wordCount; w++)
        {
            int index = 0;
            for (int b = 0; b < 11; b++)
            {
                int bit = (w * 11) + b;
                int value = bit < entropyBits ? entropy[bit >> 3] : hash[(bit - entropyBits) >> 3];
                index = (index << 1) | ((value >> (7 - (bit & 7))) & 1);
            }

            if (w > 0)
            {
                phrase.Append(' ');
            }

            phrase.Append(list[index]);
        }

        CryptographicOperations.ZeroMemory(hash);
        return phrase.ToString();
    }

    /// <summary>Decodes a phrase to its entropy, checking the word count, every word and the checksum.</summary>
    /// <exception cref="FormatException">With the specific reason (word count, unknown word and its position, checksum).</exception>
    public static byte[] ToEntropy(string phrase) =>
        TryToEntropy(phrase, out byte[]? entropy, out string? error) ? entropy : throw new FormatException(error);

    /// <summary>As <see cref="ToEntropy"/>, reporting the reason instead of throwing.</summary>
    public static bool TryToEntropy(string phrase, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out byte[]? entropy, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        entropy = null;
        if (phrase is null)
        {
            error = "mnemonic is null";
            return false;
        }

        // Like the bip39 crate (split_whitespace): any run of whitespace separates words.
        string[] words = phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            error = "mnemonic is empty";
            return false;
        }

        if (!IsValidWordCount(words.Length))
        {
            error = $"mnemonic has {words.Length} words; expected 12, 15, 18, 21 or 24";
            return false;
        }

        int totalBits = words.Length * 11;
        int checksumBits = totalBits / 33;
        int entropyBits = totalBits - checksumBits;
        Span<byte> bits = stackalloc byte[33]; // 24 words = 264 bits
        bits.Clear();
        for (int w = 0; w < words.Length; w++)
        {
            if (!Bip39WordList.TryGetIndex(words[w], out int index))
            {
                error = $"unknown word \"{words[w]}\" at position {w + 1} (not in the BIP-39 English list)";
                return false;
            }

            for (int b = 0; b < 11; b++)
            {
                if (((index >> (10 - b)) & 1) != 0)
                {
                    int bit = (w * 11) + b;
                    bits[bit >> 3] |= (byte)(0x80 >> (bit & 7));
                }
            }
        }

        byte[] result = bits[..(entropyBits / 8)].ToArray();
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(result, hash);
        bool checksumOk = true;
        for (int i = 0; i < checksumBits; i++)
        {
            int bit = entropyBits + i;
            int actual = (bits[bit >> 3] >> (7 - (bit & 7))) & 1;
            int expected = (hash[i >> 3] >> (7 - (i & 7))) & 1;
            checksumOk &= actual == expected;
        }

        CryptographicOperations.ZeroMemory(bits);
        CryptographicOperations.ZeroMemory(hash);
        if (!checksumOk)
        {
            CryptographicOperations.ZeroMemory(result);
            error = "mnemonic checksum mismatch: a word is mistyped or out of order";
            return false;
        }

        entropy = result;
        error = null;
        return true;
    }

    /// <summary>True when the phrase has a valid word count, only list words and a correct checksum.</summary>
    public static bool IsValid(string phrase)
    {
        if (!TryToEntropy(phrase, out byte[]? entropy, out _))
        {
            return false;
        }

        CryptographicOperations.ZeroMemory(entropy);
        return true;
    }

    /// <summary>substrate-bip39 <c>seed_from_entropy</c>: the full 64-byte PBKDF2 output.</summary>
    public static byte[] EntropyToSeed(ReadOnlySpan<byte> entropy, string password = "")
    {
        ArgumentNullException.ThrowIfNull(password);
        if (entropy.Length is < 16 or > 32 || entropy.Length % 4 != 0)
        {
            throw new ArgumentException($"BIP-39 entropy is 16, 20, 24, 28 or 32 bytes, got {entropy.Length}", nameof(entropy));
        }

        byte[] salt = Encoding.UTF8.GetBytes("mnemonic" + password);
        byte[] seed = new byte[64];
        Rfc2898DeriveBytes.Pbkdf2(entropy, salt, seed, Pbkdf2Rounds, HashAlgorithmName.SHA512);
        CryptographicOperations.ZeroMemory(salt);
        return seed;
    }

    /// <summary>The 64-byte substrate seed of a phrase (see <see cref="EntropyToSeed"/>).</summary>
    public static byte[] ToSeed(string phrase, string password = "")
    {
        byte[] entropy = ToEntropy(phrase);
        try
        {
            return EntropyToSeed(entropy, password);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(entropy);
        }
    }

    /// <summary>substrate-bip39 <c>mini_secret_from_entropy</c> of a phrase: the first 32 bytes of the seed.</summary>
    /// <exception cref="FormatException">The phrase is not a valid BIP-39 English mnemonic.</exception>
    public static byte[] ToMiniSecret(string phrase, string password = "")
    {
        byte[] seed = ToSeed(phrase, password);
        byte[] mini = seed[..32];
        CryptographicOperations.ZeroMemory(seed);
        return mini;
    }

    private static bool IsValidWordCount(int words) => words is 12 or 15 or 18 or 21 or 24;
}
