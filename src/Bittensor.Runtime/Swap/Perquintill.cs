using System.Numerics;

namespace Bittensor.Runtime.Swap;

/// <summary>
/// <c>sp_arithmetic::Perquintill</c>: a proportion in parts per 10^18. Only the operations the swap uses are provided.
/// </summary>
/// <param name="Parts">Parts per <see cref="Accuracy"/> (≤ <see cref="Accuracy"/> for a valid value).</param>
/// <remarks>polkadot-sdk <c>substrate/primitives/arithmetic/src/per_things.rs</c> (the version pinned by opentensor/subtensor@14bc6f9).</remarks>
public readonly record struct Perquintill(ulong Parts) : IComparable<Perquintill>
{
    /// <summary>10^18 parts = 1.0.</summary>
    public const ulong Accuracy = 1_000_000_000_000_000_000;

    public static Perquintill Zero => default;

    public static Perquintill One => new(Accuracy);

    /// <summary>
    /// <c>from_rational(p, q)</c>: <c>floor(p · 10^18 / q)</c>, or <see cref="One"/> when <paramref name="q"/> is 0 or
    /// <paramref name="p"/> &gt; <paramref name="q"/> (upstream rounds <c>Down</c> and falls back to one on error).
    /// </summary>
    public static Perquintill FromRational(UInt128 p, UInt128 q)
    {
        if (q == UInt128.Zero || p > q)
        {
            return One;
        }

        return new Perquintill((ulong)((BigInteger)p * Accuracy / (BigInteger)q));
    }

    /// <summary><c>saturating_sub</c> on the parts.</summary>
    public Perquintill SaturatingSub(Perquintill other) => new(Parts >= other.Parts ? Parts - other.Parts : 0);

    public int CompareTo(Perquintill other) => Parts.CompareTo(other.Parts);

    public static bool operator <(Perquintill left, Perquintill right) => left.Parts < right.Parts;

    public static bool operator >(Perquintill left, Perquintill right) => left.Parts > right.Parts;

    public static bool operator <=(Perquintill left, Perquintill right) => left.Parts <= right.Parts;

    public static bool operator >=(Perquintill left, Perquintill right) => left.Parts >= right.Parts;
}
