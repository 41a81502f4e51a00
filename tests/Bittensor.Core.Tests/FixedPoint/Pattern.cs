using System.Globalization;

namespace Bittensor.Core.Tests.FixedPoint;

/// <summary>A raw 128-bit pattern; each fixed-point type truncates it to its container.</summary>
public readonly record struct Pattern(UInt128 Value)
{
    public override string ToString() => "0x" + Value.ToString("x32", CultureInfo.InvariantCulture);
}
