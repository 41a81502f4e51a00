using System.Globalization;

namespace Bittensor.Core.Tests.FixedPoint;

/// <summary>A finite double given by its raw bits.</summary>
public readonly record struct DoubleBits(long Value)
{
    public double AsDouble => BitConverter.Int64BitsToDouble(Value);

    public override string ToString() => AsDouble.ToString("R", CultureInfo.InvariantCulture) + " (0x" + Value.ToString("x16", CultureInfo.InvariantCulture) + ")";
}
