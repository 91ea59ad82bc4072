import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.HashSet;
import java.util.Set;

/**
 * Fails (exit 1) when a screenshot looks blank: fewer than MIN_COLOURS distinct colours, or less
 * than MIN_INK of its pixels differing from the top-left pixel (the page background). Run as a
 * single-file program: {@code java .ci/PngVariety.java shot.png}.
 */
public class PngVariety {

    private static final int MIN_COLOURS = 32;
    private static final double MIN_INK = 0.05;

    public static void main(String[] args) throws Exception {
        BufferedImage image = ImageIO.read(new File(args[0]));
        if (image == null) {
            fail(args[0] + ": not a readable image");
        }
        int background = image.getRGB(0, 0);
        Set<Integer> colours = new HashSet<>();
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                colours.add(rgb);
                if (rgb != background) {
                    ink++;
                }
            }
        }
        double share = (double) ink / ((long) image.getWidth() * image.getHeight());
        String summary = String.format(java.util.Locale.ROOT, "%s: %dx%d, %d colours, %.1f %% non-background",
                args[0], image.getWidth(), image.getHeight(), colours.size(), share * 100);
        if (colours.size() < MIN_COLOURS || share < MIN_INK) {
            fail(summary + " - looks blank");
        }
        System.out.println(summary);
    }

    private static void fail(String message) {
        System.err.println("browser-check: " + message);
        System.exit(1);
    }
}
