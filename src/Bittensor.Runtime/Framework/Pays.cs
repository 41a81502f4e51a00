namespace Bittensor.Runtime.Framework;

/// <summary><c>frame_support::dispatch::Pays</c>: whether the dispatch pays the inclusion fee.</summary>
public enum Pays : byte
{
    Yes = 0,
    No = 1,
}
