using Microsoft.Extensions.Options;

namespace Bittensor.Node.Hosting;

/// <summary>Checks <see cref="NodeOptions"/>; each failure is one line naming the flag.</summary>
internal sealed class NodeOptionsValidator : IValidateOptions<NodeOptions>
{
    /// <summary>The chains this node can run.</summary>
    public static IReadOnlyList<string> SupportedChains { get; } = ["dev", "local"];

    public ValidateOptionsResult Validate(string? name, NodeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = [];
        if (!SupportedChains.Contains(options.EffectiveChain, StringComparer.Ordinal))
        {
            failures.Add($"--chain must be one of {string.Join(", ", SupportedChains)}, got '{options.Chain}'.");
        }

        if (options.BlockTimeMs is < 1 or > 3_600_000)
        {
            failures.Add($"--block-time must be 1-3600000 milliseconds, got {options.BlockTimeMs}.");
        }

        if (string.IsNullOrWhiteSpace(options.Name) || options.Name.Length > 64)
        {
            failures.Add($"--name must be 1-64 characters, got '{options.Name}'.");
        }

        if (options.Tmp && !string.IsNullOrEmpty(options.BasePath))
        {
            failures.Add("--tmp and --base-path cannot be used together.");
        }

        if (!string.IsNullOrEmpty(options.BasePath) && options.BasePath.AsSpan().IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            failures.Add($"--base-path contains characters that are not allowed in a path: '{options.BasePath}'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
