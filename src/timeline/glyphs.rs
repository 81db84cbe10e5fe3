//! The timeline's event glyphs (bars for spans, diamonds for moments, the glow of a selected
//! event) gathered into one mesh of anti-aliased convex shapes. As egui shapes, each glyph was
//! a rounded rectangle or a polygon to tessellate on its own: with hundreds of events drawn,
//! that was most of the timeline's cost.

use egui::{Color32, Mesh, Pos2, Rect, Vec2};

/// The most corners a glyph has (a rounded rectangle).
const MAX_CORNERS: usize = 12;

/// Glyphs added so far this frame.
pub struct Glyphs {
    mesh: Mesh,
    /// Width of the anti-aliased fringe (points): one physical pixel.
    feather: f32,
}

impl Glyphs {
    /// An empty batch for a screen of `pixels_per_point`.
    pub fn new(pixels_per_point: f32) -> Self {
        Self {
            mesh: Mesh::default(),
            feather: 1.0 / pixels_per_point.max(0.1),
        }
    }

    /// A diamond centred at `center`, `half` points from centre to each corner.
    pub fn diamond(&mut self, center: Pos2, half: f32, colour: Color32) {
        let points = [
            center + Vec2::new(0.0, -half),
            center + Vec2::new(half, 0.0),
            center + Vec2::new(0.0, half),
            center + Vec2::new(-half, 0.0),
        ];
        self.convex(&points, colour);
    }

    /// A rectangle with its corners rounded by `radius` (each corner cut by two chords, which
    /// at the timeline's sizes looks the same as a true arc).
    pub fn rounded_rect(&mut self, rect: Rect, radius: f32, colour: Color32) {
        let r = radius
            .min(rect.width() / 2.0)
            .min(rect.height() / 2.0)
            .max(0.0);
        if r <= 0.0 {
            self.convex(
                &[
                    rect.left_top(),
                    rect.right_top(),
                    rect.right_bottom(),
                    rect.left_bottom(),
                ],
                colour,
            );
            return;
        }
        // Points on each quarter circle at 0°, 45° and 90°, clockwise from the top left.
        let k = r * (1.0 - std::f32::consts::FRAC_1_SQRT_2);
        let (l, t, rt, b) = (rect.left(), rect.top(), rect.right(), rect.bottom());
        let points = [
            Pos2::new(l, t + r),
            Pos2::new(l + k, t + k),
            Pos2::new(l + r, t),
            Pos2::new(rt - r, t),
            Pos2::new(rt - k, t + k),
            Pos2::new(rt, t + r),
            Pos2::new(rt, b - r),
            Pos2::new(rt - k, b - k),
            Pos2::new(rt - r, b),
            Pos2::new(l + r, b),
            Pos2::new(l + k, b - k),
            Pos2::new(l, b - r),
        ];
        self.convex(&points, colour);
    }

    /// A convex polygon, points in clockwise order on screen (y down), with a fringe that
    /// fades from `colour` to transparent across one pixel, as egui's own feathering does.
    fn convex(&mut self, points: &[Pos2], colour: Color32) {
        let n = points.len();
        if n < 3 {
            return;
        }
        let base = self.mesh.vertices.len() as u32;
        let half = self.feather / 2.0;
        // Outward normal of each edge i → i + 1 (clockwise on a y-down screen: the outside is
        // on the left of the direction of travel), worked out once per edge.
        if n > MAX_CORNERS {
            return;
        }
        let mut normals = [Vec2::ZERO; MAX_CORNERS];
        for (i, normal) in normals.iter_mut().enumerate().take(n) {
            if let (Some(&a), Some(&b)) = (points.get(i), points.get((i + 1) % n)) {
                let d = (b - a).normalized();
                *normal = Vec2::new(d.y, -d.x);
            }
        }
        self.mesh.reserve_vertices(2 * n);
        self.mesh.reserve_triangles(3 * n - 2);
        for (i, &p) in points.iter().enumerate() {
            let before = normals.get((i + n - 1) % n).copied().unwrap_or(Vec2::ZERO);
            let after = normals.get(i).copied().unwrap_or(Vec2::ZERO);
            // The corner moves along the bisector far enough that both edges move by `half`.
            let bisector = before + after;
            let length_sq = bisector.length_sq();
            let offset = if length_sq > 1e-6 {
                bisector * (2.0 / length_sq)
            } else {
                Vec2::ZERO
            };
            self.mesh.colored_vertex(p - offset * half, colour);
            self.mesh
                .colored_vertex(p + offset * half, Color32::TRANSPARENT);
        }
        for i in 0..n as u32 {
            let j = (i + 1) % n as u32;
            let (inner_i, outer_i) = (base + 2 * i, base + 2 * i + 1);
            let (inner_j, outer_j) = (base + 2 * j, base + 2 * j + 1);
            // The fringe along this edge.
            self.mesh.add_triangle(inner_i, outer_i, outer_j);
            self.mesh.add_triangle(inner_i, outer_j, inner_j);
            // The inside, as a fan.
            if i >= 1 && i + 1 < n as u32 {
                self.mesh.add_triangle(base, inner_i, inner_j);
            }
        }
    }

    /// The glyphs as one mesh.
    pub fn into_mesh(self) -> Mesh {
        self.mesh
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether `p` is inside the triangle (a, b, c).
    fn in_triangle(p: Pos2, [a, b, c]: [Pos2; 3]) -> bool {
        let side = |u: Pos2, v: Pos2| (v.x - u.x) * (p.y - u.y) - (v.y - u.y) * (p.x - u.x);
        let (d1, d2, d3) = (side(a, b), side(b, c), side(c, a));
        !((d1 < 0.0 || d2 < 0.0 || d3 < 0.0) && (d1 > 0.0 || d2 > 0.0 || d3 > 0.0))
    }

    /// The colour the mesh gives point `p` (the first triangle containing it), if any.
    fn colour_at(mesh: &Mesh, p: Pos2) -> Option<Color32> {
        mesh.indices.chunks(3).find_map(|t| {
            let v = |i: u32| mesh.vertices[i as usize];
            let corners = [v(t[0]).pos, v(t[1]).pos, v(t[2]).pos];
            let all_solid = [t[0], t[1], t[2]].iter().all(|&i| v(i).color.a() == 255);
            (all_solid && in_triangle(p, corners)).then(|| v(t[0]).color)
        })
    }

    #[test]
    fn a_bar_is_solid_inside_and_fades_out_over_one_pixel() {
        let mut glyphs = Glyphs::new(1.0);
        let rect = Rect::from_min_max(Pos2::new(10.0, 10.0), Pos2::new(60.0, 20.0));
        glyphs.rounded_rect(rect, 3.0, Color32::RED);
        let mesh = &glyphs.mesh;
        assert!(mesh.is_valid());
        assert_eq!(colour_at(mesh, Pos2::new(35.0, 15.0)), Some(Color32::RED));
        assert_eq!(colour_at(mesh, Pos2::new(12.0, 15.0)), Some(Color32::RED));
        // The cut corner is not solid, and nothing reaches beyond half a pixel outside.
        assert_eq!(colour_at(mesh, Pos2::new(10.2, 10.2)), None);
        let reach = mesh
            .vertices
            .iter()
            .fold(Rect::NOTHING, |r, v| r.union(Rect::from_pos(v.pos)));
        assert!(rect.expand(0.51).contains_rect(reach), "{reach:?}");
        assert!(reach.contains_rect(rect.shrink(0.49)), "{reach:?}");
    }

    #[test]
    fn a_diamond_has_its_corners_where_asked() {
        let mut glyphs = Glyphs::new(2.0);
        glyphs.diamond(Pos2::new(100.0, 50.0), 5.0, Color32::BLUE);
        let mesh = &glyphs.mesh;
        assert!(mesh.is_valid());
        assert_eq!(mesh.vertices.len(), 8);
        assert_eq!(colour_at(mesh, Pos2::new(100.0, 50.0)), Some(Color32::BLUE));
        assert_eq!(colour_at(mesh, Pos2::new(104.0, 54.0)), None);
        // Solid corners sit a quarter of a point (half the fringe) inside the asked ones.
        let top = mesh.vertices[0].pos;
        assert!(
            (top.y - (45.0 + 0.25 * std::f32::consts::SQRT_2)).abs() < 0.01,
            "{top:?}"
        );
    }
}
