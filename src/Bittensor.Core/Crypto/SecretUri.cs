namespace Bittensor.Core.Crypto;

/// <summary>
/// Secret URIs (SURI) as sp_core parses them (substrate/primitives/core/src/address_uri.rs and crypto.rs
/// <c>SecretUri::from_str</c>): <c>phrase</c> or <c>0x&lt;hex seed&gt;</c>, then junctions (<c>//hard</c>,
/// <c>/soft</c>), then optionally <c>///password</c>. A URI that starts with <c>/</c> uses <see cref="DevPhrase"/>.
/// </summary>
public static class SecretUri
{
    /// <summary>sp_core::crypto::DEV_PHRASE, the root of the well-known dev accounts (//Alice, //Bob, …).</summary>
    public const string DevPhrase = "bottom drive obey lake curtain smoke basket hold race lonely fit walk";

    /// <summary>
    /// Splits a SURI into its phrase (or <c>0x</c> hex seed), junctions and password. The phrase is not checked
    /// here (<see cref="KeyPair.FromUri(string, KeyScheme)"/> does that).
    /// </summary>
    /// <exception cref="FormatException">Empty input or a character sp_core's grammar does not allow, with its position.</exception>
    public static (string Phrase, IReadOnlyList<DeriveJunction> Junctions, string? Password) Parse(string suri)
    {
        ArgumentNullException.ThrowIfNull(suri);
        if (string.IsNullOrWhiteSpace(suri))
        {
            // sp_core would silently take DEV_PHRASE for "", an easy way to end up signing with a public dev key.
            throw new FormatException("empty secret URI: give a mnemonic, a 0x-prefixed 32-byte hex seed or a //path");
        }

        // Phrase: the longest prefix of ASCII letters, digits and spaces (regex [a-zA-Z0-9 ]+).
        int pos = 0;
        while (pos < suri.Length && (char.IsAsciiLetterOrDigit(suri[pos]) || suri[pos] == ' '))
        {
            pos++;
        }

        string? phrase = pos > 0 ? suri[..pos] : null;
        string? password = null;
        List<DeriveJunction> junctions = [];
        while (pos < suri.Length)
        {
            if (string.CompareOrdinal(suri, pos, "///", 0, 3) == 0)
            {
                // Everything up to a newline is the password (which may itself contain '/').
                int start = pos + 3;
                int end = suri.IndexOf('\n', start);
                end = end < 0 ? suri.Length : end;
                password = suri[start..end];
                pos = end;
                if (pos < suri.Length)
                {
                    throw new FormatException($"invalid character in secret URI password at position {pos} (newline)");
                }
            }
            else
            {
                bool hard = string.CompareOrdinal(suri, pos, "//", 0, 2) == 0;
                int start = pos + (hard ? 2 : 1);
                if (suri[pos] != '/')
                {
                    throw new FormatException(
                        $"invalid character '{suri[pos]}' in secret URI at position {pos}: a phrase has only letters, digits and spaces, and a path starts with '/'");
                }

                int end = suri.IndexOf('/', start);
                end = end < 0 ? suri.Length : end;
                if (end == start)
                {
                    throw new FormatException($"empty {(hard ? "hard" : "soft")} derivation junction in secret URI at position {pos}");
                }

                string segment = suri[start..end];
                junctions.Add(hard ? DeriveJunction.Hard(segment) : DeriveJunction.Soft(segment));
                pos = end;
            }
        }

        return (phrase ?? DevPhrase, junctions, password);
    }
}
