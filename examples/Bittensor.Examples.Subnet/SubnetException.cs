namespace Bittensor.Examples.Subnet;

/// <summary>A failure the user can fix (bad option, missing data, unregistered hotkey, unreachable chain): one line, exit 1.</summary>
public sealed class SubnetException : Exception
{
    public SubnetException()
    {
    }

    public SubnetException(string message)
        : base(message)
    {
    }

    public SubnetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
