using Microsoft.Extensions.Options;

namespace Bittensor.Node.Rpc;

/// <summary>Range checks for <see cref="RpcOptions"/>; each failure is one line naming the setting.</summary>
internal sealed class RpcOptionsValidator : IValidateOptions<RpcOptions>
{
    public ValidateOptionsResult Validate(string? name, RpcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = [];
        Check(failures, options.Port is >= 0 and <= 65535, $"Rpc:Port (--rpc-port) must be 0-65535, got {options.Port}.");
        Check(failures, options.MaxRequestBodyBytes >= 1024, $"Rpc:MaxRequestBodyBytes must be at least 1024, got {options.MaxRequestBodyBytes}.");
        Check(failures, options.MaxResponseBodyBytes >= 1024, $"Rpc:MaxResponseBodyBytes must be at least 1024, got {options.MaxResponseBodyBytes}.");
        Check(failures, options.MaxBatchLength >= 1, $"Rpc:MaxBatchLength must be at least 1, got {options.MaxBatchLength}.");
        Check(failures, options.MaxSubscriptionsPerConnection >= 1, $"Rpc:MaxSubscriptionsPerConnection must be at least 1, got {options.MaxSubscriptionsPerConnection}.");
        Check(failures, options.MaxConnections >= 1, $"Rpc:MaxConnections must be at least 1, got {options.MaxConnections}.");
        Check(failures, options.MessageBufferCapacityPerConnection >= 1, $"Rpc:MessageBufferCapacityPerConnection must be at least 1, got {options.MessageBufferCapacityPerConnection}.");
        Check(failures, options.SubscriptionBufferCapacity >= 1, $"Rpc:SubscriptionBufferCapacity must be at least 1, got {options.SubscriptionBufferCapacity}.");
        Check(failures, options.MaxConcurrentRequestsPerConnection >= 1, $"Rpc:MaxConcurrentRequestsPerConnection must be at least 1, got {options.MaxConcurrentRequestsPerConnection}.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, bool ok, string message)
    {
        if (!ok)
        {
            failures.Add(message);
        }
    }
}
