import java.awt.*;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;
/** Downscales PNGs for the README gallery: java Thumb.java WIDTH IN OUT [IN OUT ...]. */
public class Thumb {
  public static void main(String[] a) throws Exception {
    int w = Integer.parseInt(a[0]);
    for (int i = 1; i + 1 < a.length; i += 2) {
      BufferedImage in = ImageIO.read(new File(a[i]));
      int h = (int) Math.round(in.getHeight() * (double) w / in.getWidth());
      BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = out.createGraphics();
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      // two-step downscale keeps thin lines
      Image mid = in.getScaledInstance(w, h, Image.SCALE_AREA_AVERAGING);
      g.drawImage(mid, 0, 0, null);
      g.dispose();
      ImageIO.write(out, "png", new File(a[i + 1]));
    }
  }
}
