namespace Bittensor.Cli.Localnet;

/// <summary>One child process in the state file: its name (node, validator1, miner-trained…), pid, start time and log.</summary>
/// <param name="Name">node, or the neuron's wallet name.</param>
/// <param name="Pid">The process id.</param>
/// <param name="StartedUnixMs">The process's start time (ms since the epoch), so a reused pid is not mistaken for it.</param>
/// <param name="Log">Its log file.</param>
public sealed record LocalnetProcessRecord(string Name, int Pid, long StartedUnixMs, string Log);
