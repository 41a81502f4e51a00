namespace Bittensor.Runtime.Framework;

/// <summary><c>sp_arithmetic::ArithmeticError</c>.</summary>
public enum ArithmeticError : byte
{
    Underflow = 0,
    Overflow = 1,
    DivisionByZero = 2,
}
