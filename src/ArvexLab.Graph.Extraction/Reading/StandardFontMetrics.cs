using UglyToad.PdfPig.Fonts.Standard14Fonts;

namespace ArvexLab.Graph.Extraction.Reading;

/// <summary>
/// The first page that uses any standard font makes PdfPig parse the metric files of all fourteen
/// standard fonts and their aliases (about 60 ms of one core), and every reading lane waits for it.
/// Started on a thread of its own as a document arrives, that work overlaps reading the file, its
/// cross-reference table and the other lanes' set-up instead of stalling the first page.
/// </summary>
internal static class StandardFontMetrics
{
    private static int started;

    public static void LoadInBackground()
    {
        if (Interlocked.Exchange(ref started, 1) == 1)
        {
            return;
        }

        var thread = new Thread(Load) { IsBackground = true, Name = "standard font metrics" };
        thread.Start();
    }

    private static void Load()
    {
        try
        {
            Standard14.GetAdobeFontMetrics(Standard14Font.Helvetica);
        }
        catch (Exception)
        {
            // A failure here repeats where a page needs the metrics, and is reported there.
        }
    }
}
