using System.Numerics;

namespace Bittensor.Core.FixedPoint;

/// <summary>A signed fixed-point type (substrate-fixed <c>FixedSigned</c>): adds negation, absolute value and sign.</summary>
public interface ISignedFixedPoint<TSelf> : IFixedPoint<TSelf>, IUnaryNegationOperators<TSelf, TSelf>
    where TSelf : struct, ISignedFixedPoint<TSelf>
{
    /// <summary>Absolute value; throws <see cref="OverflowException"/> for <see cref="IMinMaxValue{TSelf}.MinValue"/>.</summary>
    TSelf Abs();

    TSelf? CheckedAbs();

    TSelf SaturatingAbs();

    /// <summary>Absolute value keeping the low bits (<see cref="IMinMaxValue{TSelf}.MinValue"/> stays itself).</summary>
    TSelf WrappingAbs();

    /// <summary>−1, 0 or 1.</summary>
    TSelf Signum();
}
