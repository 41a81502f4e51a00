namespace Bittensor.Runtime.Simulation;

/// <summary>A malformed scenario; <see cref="Exception.Message"/> starts with the JSON path at fault, e.g. <c>$.steps[3].weights: …</c>.</summary>
public sealed class ScenarioFormatException : FormatException
{
    public ScenarioFormatException()
    {
    }

    public ScenarioFormatException(string message)
        : base(message)
    {
    }

    public ScenarioFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for <paramref name="path"/> with a message <c>path: problem</c>.</summary>
    public ScenarioFormatException(string path, string problem, Exception? innerException = null)
        : base($"{path}: {problem}", innerException)
    {
        Path = path;
    }

    /// <summary>The JSON path at fault (<c>$</c> for the document itself).</summary>
    public string Path { get; } = "$";
}
