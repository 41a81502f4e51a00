using System.Runtime.InteropServices;

namespace Bittensor.Core.Interop;

// ristretto255 group and scalar arithmetic (libsodium ≥ 1.0.18), the group sr25519 (schnorrkel) works in.
// Points are 32-byte canonical ristretto encodings; scalars are 32-byte little-endian values mod ℓ.
internal static partial class Sodium
{
    /// <summary>q = n·B. Returns -1 (and writes the identity encoding, all zeros) when the result is the identity.</summary>
    [LibraryImport(Library)]
    internal static partial int crypto_scalarmult_ristretto255_base(ref byte q, ref byte n);

    /// <summary>q = n·p. Returns -1 when p is not a valid encoding (q untouched) or the result is the identity (q = zeros).</summary>
    [LibraryImport(Library)]
    internal static partial int crypto_scalarmult_ristretto255(ref byte q, ref byte n, ref byte p);

    /// <summary>r = p + q; -1 when either input is not a valid encoding.</summary>
    [LibraryImport(Library)]
    internal static partial int crypto_core_ristretto255_add(ref byte r, ref byte p, ref byte q);

    /// <summary>r = p − q; -1 when either input is not a valid encoding.</summary>
    [LibraryImport(Library)]
    internal static partial int crypto_core_ristretto255_sub(ref byte r, ref byte p, ref byte q);

    /// <summary>1 when p is a canonical encoding of a group element (the identity included), else 0.</summary>
    [LibraryImport(Library)]
    internal static partial int crypto_core_ristretto255_is_valid_point(ref byte p);

    // The scalar helpers run in well under a microsecond and never block, so they skip the GC transition.

    /// <summary>r = s mod ℓ for a 64-byte little-endian s.</summary>
    [LibraryImport(Library)]
    [SuppressGCTransition]
    internal static partial void crypto_core_ristretto255_scalar_reduce(ref byte r, ref byte s);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    internal static partial void crypto_core_ristretto255_scalar_add(ref byte z, ref byte x, ref byte y);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    internal static partial void crypto_core_ristretto255_scalar_mul(ref byte z, ref byte x, ref byte y);
}
