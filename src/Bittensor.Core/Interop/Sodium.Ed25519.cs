using System.Runtime.InteropServices;

namespace Bittensor.Core.Interop;

// Ed25519 (RFC 8032) via libsodium's crypto_sign_* API. libsodium's secret key is seed(32) ‖ public key(32).
internal static partial class Sodium
{
    [LibraryImport(Library)]
    internal static partial int crypto_sign_seed_keypair(ref byte publicKey, ref byte secretKey, ref byte seed);

    /// <summary>Detached signature; <paramref name="signatureLength"/> may be null (pass <see cref="IntPtr.Zero"/>).</summary>
    [LibraryImport(Library)]
    internal static partial int crypto_sign_detached(
        ref byte signature, nint signatureLength,
        ref byte message, ulong messageLength,
        ref byte secretKey);

    /// <summary>0 when the signature is valid; -1 otherwise (including small-order keys and non-canonical s).</summary>
    [LibraryImport(Library)]
    internal static partial int crypto_sign_verify_detached(
        ref byte signature,
        ref byte message, ulong messageLength,
        ref byte publicKey);
}
