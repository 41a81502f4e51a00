using System.Runtime.InteropServices;
using Bittensor.Core.Interop;

namespace Bittensor.Core.Crypto;

/// <summary>
/// Span wrappers over libsodium's ristretto255 primitives plus the scalar checks libsodium lacks.
/// Callers validate lengths; these helpers only assume 32-byte points/scalars (64 for a wide reduce).
/// </summary>
internal static class Ristretto255
{
    internal const int PointSize = 32;
    internal const int ScalarSize = 32;

    /// <summary>The group order ℓ = 2^252 + 27742317777372353535851937790883648493, little-endian.</summary>
    internal static ReadOnlySpan<byte> GroupOrder =>
    [
        0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10,
    ];

    /// <summary>True when the little-endian 32-byte value is below ℓ (a canonical scalar, as dalek's <c>from_canonical_bytes</c>).</summary>
    internal static bool IsCanonicalScalar(ReadOnlySpan<byte> scalar)
    {
        ReadOnlySpan<byte> l = GroupOrder;
        for (int i = ScalarSize - 1; i >= 0; i--)
        {
            if (scalar[i] != l[i])
            {
                return scalar[i] < l[i];
            }
        }

        return false; // equal to ℓ
    }

    /// <summary>q = n·B (n must be reduced). The identity comes out as 32 zero bytes.</summary>
    internal static void ScalarMultBase(Span<byte> q, ReadOnlySpan<byte> n)
    {
        Sodium.EnsureInitialized();
        // -1 only signals an identity result (n ≡ 0), whose encoding libsodium still writes.
        _ = Sodium.crypto_scalarmult_ristretto255_base(ref MemoryMarshal.GetReference(q), ref MemoryMarshal.GetReference(n));
    }

    /// <summary>q = n·p; false when p is not a valid encoding. An identity result is valid and encoded as zeros.</summary>
    internal static bool TryScalarMult(Span<byte> q, ReadOnlySpan<byte> n, ReadOnlySpan<byte> p)
    {
        Sodium.EnsureInitialized();
        // libsodium returns -1 both for a bad input point (q left untouched) and for an identity result (q = zeros);
        // pre-filling q with a non-canonical pattern tells the two apart without an extra is_valid_point call.
        q.Fill(0xFF);
        int rc = Sodium.crypto_scalarmult_ristretto255(ref MemoryMarshal.GetReference(q), ref MemoryMarshal.GetReference(n), ref MemoryMarshal.GetReference(p));
        return rc == 0 || q.IndexOfAnyExcept((byte)0) < 0;
    }

    internal static bool TryAdd(Span<byte> r, ReadOnlySpan<byte> p, ReadOnlySpan<byte> q)
    {
        Sodium.EnsureInitialized();
        return Sodium.crypto_core_ristretto255_add(ref MemoryMarshal.GetReference(r), ref MemoryMarshal.GetReference(p), ref MemoryMarshal.GetReference(q)) == 0;
    }

    internal static bool TrySub(Span<byte> r, ReadOnlySpan<byte> p, ReadOnlySpan<byte> q)
    {
        Sodium.EnsureInitialized();
        return Sodium.crypto_core_ristretto255_sub(ref MemoryMarshal.GetReference(r), ref MemoryMarshal.GetReference(p), ref MemoryMarshal.GetReference(q)) == 0;
    }

    internal static bool IsValidPoint(ReadOnlySpan<byte> p)
    {
        Sodium.EnsureInitialized();
        return Sodium.crypto_core_ristretto255_is_valid_point(ref MemoryMarshal.GetReference(p)) == 1;
    }

    /// <summary>r = wide mod ℓ for a 64-byte little-endian value (dalek's <c>from_bytes_mod_order_wide</c>).</summary>
    internal static void ReduceWide(Span<byte> r, ReadOnlySpan<byte> wide)
    {
        Sodium.EnsureInitialized();
        Sodium.crypto_core_ristretto255_scalar_reduce(ref MemoryMarshal.GetReference(r), ref MemoryMarshal.GetReference(wide));
    }

    internal static void ScalarAdd(Span<byte> z, ReadOnlySpan<byte> x, ReadOnlySpan<byte> y)
    {
        Sodium.EnsureInitialized();
        Sodium.crypto_core_ristretto255_scalar_add(ref MemoryMarshal.GetReference(z), ref MemoryMarshal.GetReference(x), ref MemoryMarshal.GetReference(y));
    }

    internal static void ScalarMul(Span<byte> z, ReadOnlySpan<byte> x, ReadOnlySpan<byte> y)
    {
        Sodium.EnsureInitialized();
        Sodium.crypto_core_ristretto255_scalar_mul(ref MemoryMarshal.GetReference(z), ref MemoryMarshal.GetReference(x), ref MemoryMarshal.GetReference(y));
    }

    /// <summary>schnorrkel <c>divide_scalar_bytes_by_cofactor</c>: a 256-bit little-endian right shift by 3.</summary>
    internal static void DivideByCofactor(Span<byte> scalar)
    {
        byte low = 0;
        for (int i = ScalarSize - 1; i >= 0; i--)
        {
            byte r = (byte)(scalar[i] & 0b0000_0111);
            scalar[i] = (byte)((scalar[i] >> 3) + low);
            low = (byte)(r << 5);
        }
    }

    /// <summary>schnorrkel <c>multiply_scalar_bytes_by_cofactor</c>: a 256-bit little-endian left shift by 3 (top bits dropped).</summary>
    internal static void MultiplyByCofactor(Span<byte> scalar)
    {
        byte high = 0;
        for (int i = 0; i < ScalarSize; i++)
        {
            byte r = (byte)(scalar[i] & 0b1110_0000);
            scalar[i] = (byte)((scalar[i] << 3) + high);
            high = (byte)(r >> 5);
        }
    }
}
