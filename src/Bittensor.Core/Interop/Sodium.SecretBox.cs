using System.Runtime.InteropServices;

namespace Bittensor.Core.Interop;

// XSalsa20-Poly1305 (NaCl crypto_secretbox). The "easy" layout is MAC(16) ‖ ciphertext.
internal static partial class Sodium
{
    [LibraryImport(Library)]
    internal static partial int crypto_secretbox_easy(
        ref byte ciphertext,
        ref byte message, ulong messageLength,
        ref byte nonce, ref byte key);

    /// <summary>0 when the MAC verifies (plaintext written); -1 otherwise (nothing meaningful written).</summary>
    [LibraryImport(Library)]
    internal static partial int crypto_secretbox_open_easy(
        ref byte message,
        ref byte ciphertext, ulong ciphertextLength,
        ref byte nonce, ref byte key);
}
