using System.Buffers.Binary;
using System.Numerics;
using Bittensor.Core.Scale;

namespace Bittensor.Core.Chain;

/// <summary>
/// The longevity of a transaction, <c>sp_runtime::generic::Era</c> (substrate/primitives/runtime/src/generic/era.rs):
/// immortal, or mortal with a power-of-two period in [4, 65536] and a phase below it, quantised so that
/// it fits the 2-byte encoding. Only encodable values can be constructed.
/// </summary>
public readonly struct Era : IEquatable<Era>, IScaleCodec<Era>
{
    public const ulong MinPeriod = 4;
    public const ulong MaxPeriod = 1 << 16;

    // Period 0 marks Immortal, so default(Era) is Immortal as in Rust's Default.
    private readonly ulong _period;
    private readonly ulong _phase;

    private Era(ulong period, ulong phase)
    {
        _period = period;
        _phase = phase;
    }

    public static Era Immortal => default;

    public bool IsImmortal => _period == 0;

    /// <summary>The period in blocks; 0 when immortal.</summary>
    public ulong Period => _period;

    /// <summary>The phase (birth block modulo period); 0 when immortal.</summary>
    public ulong Phase => _phase;

    /// <summary>
    /// <c>Era::mortal(period, current)</c>: the period is rounded up to a power of two and clamped to
    /// [4, 65536]; the phase is <c>current % period</c>, quantised down to a multiple of <c>max(period &gt;&gt; 12, 1)</c>.
    /// </summary>
    public static Era Mortal(ulong period, ulong current)
    {
        // Rust: period.checked_next_power_of_two().unwrap_or(1 << 16).clamp(4, 1 << 16).
        ulong rounded = period switch
        {
            0 => 1,
            > 1UL << 63 => MaxPeriod,
            _ => BitOperations.RoundUpToPowerOf2(period),
        };
        rounded = Math.Clamp(rounded, MinPeriod, MaxPeriod);
        ulong phase = current % rounded;
        ulong quantizeFactor = QuantizeFactor(rounded);
        return new Era(rounded, phase / quantizeFactor * quantizeFactor);
    }

    /// <summary>
    /// A mortal era from its period and phase as decoded or displayed; false unless the period is a power of
    /// two in [4, 65536] and the phase is below it and a multiple of <c>max(period &gt;&gt; 12, 1)</c>.
    /// </summary>
    public static bool TryCreateMortal(ulong period, ulong phase, out Era era)
    {
        era = default;
        if (period < MinPeriod || period > MaxPeriod || !BitOperations.IsPow2(period) || phase >= period
            || phase % QuantizeFactor(period) != 0)
        {
            return false;
        }

        era = new Era(period, phase);
        return true;
    }

    /// <summary>The first block of the era containing <paramref name="current"/> (0 when immortal).</summary>
    public ulong Birth(ulong current) =>
        IsImmortal ? 0 : ((Math.Max(current, _phase) - _phase) / _period * _period) + _phase;

    /// <summary>The first block at which the era has ended (<see cref="ulong.MaxValue"/> when immortal).</summary>
    public ulong Death(ulong current) => IsImmortal ? ulong.MaxValue : Birth(current) + _period;

    public static int MinEncodedSize => 1;

    /// <summary>Immortal is 0x00; mortal is a u16 LE: <c>clamp(tz(period) - 1, 1, 15) | (phase / quantize) &lt;&lt; 4</c>.</summary>
    public static void Encode(in Era value, ref ScaleWriter writer)
    {
        if (value.IsImmortal)
        {
            writer.WriteU8(0);
            return;
        }

        ulong quantizeFactor = QuantizeFactor(value._period);
        int low = Math.Clamp(BitOperations.TrailingZeroCount(value._period) - 1, 1, 15);
        writer.WriteU16((ushort)(low | (int)((value._phase / quantizeFactor) << 4)));
    }

    /// <summary>First byte 0 is immortal; otherwise a u16 whose period must be ≥ 4 and phase below it.</summary>
    public static Era Decode(ref ScaleReader reader)
    {
        int at = reader.Position;
        byte first = reader.ReadU8();
        if (first == 0)
        {
            return Immortal;
        }

        ulong encoded = first | ((ulong)reader.ReadU8() << 8);
        ulong period = 2UL << (int)(encoded & 0xF);
        ulong phase = (encoded >> 4) * QuantizeFactor(period);
        if (period < MinPeriod || phase >= period)
        {
            throw ScaleReader.Error($"invalid Era 0x{BinaryPrimitives.ReverseEndianness((ushort)encoded):x4} (period {period}, phase {phase})", at);
        }

        return new Era(period, phase);
    }

    private static ulong QuantizeFactor(ulong period) => Math.Max(period >> 12, 1);

    public bool Equals(Era other) => _period == other._period && _phase == other._phase;

    public override bool Equals(object? obj) => obj is Era other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_period, _phase);

    public override string ToString() => IsImmortal ? "Immortal" : $"Mortal(period {_period}, phase {_phase})";

    public static bool operator ==(Era left, Era right) => left.Equals(right);

    public static bool operator !=(Era left, Era right) => !left.Equals(right);
}
