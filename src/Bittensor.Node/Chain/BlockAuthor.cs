using Bittensor.Node.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bittensor.Node.Chain;

/// <summary>
/// Authors a block every <c>--block-time</c> ms (12 s; 250 ms with <c>--dev</c>) through <see cref="BlockProducer"/>; the
/// proposal deadline is two thirds of the interval. A failed block is logged and the next tick tries again.
/// </summary>
internal sealed partial class BlockAuthor(ChainService chain, IOptions<NodeOptions> options, TimeProvider time, ILogger<BlockAuthor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(options.Value.EffectiveBlockTimeMs);
        TimeSpan deadline = interval * 2 / 3;
        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                chain.Producer.Produce(deadline);
            }
            catch (Exception ex) when (ex is BlockImportException or InvalidOperationException or FormatException)
            {
                Log.BlockFailed(logger, ex);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 220, Level = LogLevel.Error, Message = "Block production failed")]
        public static partial void BlockFailed(ILogger logger, Exception exception);
    }
}
