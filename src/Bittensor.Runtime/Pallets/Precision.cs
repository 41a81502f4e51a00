namespace Bittensor.Runtime.Pallets;

/// <summary>frame_support tokens <c>Precision</c>: exact amounts or as much as possible.</summary>
public enum Precision
{
    Exact,
    BestEffort,
}
