/**
 * Juniper Lane demo catalog: 5 categories and their products, in en / fa / ar / uk.
 * Data only — the helpers below just expand repetitive variant grids and image lists
 * deterministically. Prices are in US cents. Images are drawn by
 * `scripts/draw-product-images.ts` into /public.
 */
import type { Color, Size } from "@/lib/catalog/options";
import type { Locale } from "@/lib/i18n/locales";
import type { SeedCategory, SeedImage, SeedProduct, SeedReview, SeedVariant } from "./types";

// ---------------------------------------------------------------------------
// Small helpers for repeated structures
// ---------------------------------------------------------------------------

const XS_XL: readonly Size[] = ["XS", "S", "M", "L", "XL"];
const S_XL: readonly Size[] = ["S", "M", "L", "XL"];
const ALL_SIZES: readonly Size[] = ["XS", "S", "M", "L", "XL"];

interface Price {
  price: number;
  compareAtPrice?: number;
}

const full = (price: number): Price => ({ price });
const sale = (price: number, compareAtPrice: number): Price => ({ price, compareAtPrice });

/** A stable, "random-looking" stock level between 8 and 56 units. */
function baseStock(seed: number, index: number): number {
  return 8 + ((seed * 37 + index * 23) % 49);
}

/**
 * Size × colour grid. `stock` overrides the generated level for specific
 * variants, keyed "M/sage". Heavier sizes weigh a little more.
 */
function grid(
  sizes: readonly Size[],
  colors: readonly Color[],
  price: Price,
  weightGrams: number,
  seed: number,
  stock: Record<string, number> = {},
): SeedVariant[] {
  const variants: SeedVariant[] = [];
  let index = 0;
  for (const color of colors) {
    for (const size of sizes) {
      const step = ALL_SIZES.indexOf(size) - 2;
      variants.push({
        options: { size, color },
        ...price,
        stock: stock[`${size}/${color}`] ?? baseStock(seed, index),
        weightGrams: Math.round(weightGrams * (1 + step * 0.06)),
      });
      index += 1;
    }
  }
  return variants;
}

/** One variant per colour. `stock` overrides by colour name. */
function colorway(
  colors: readonly Color[],
  price: Price,
  weightGrams: number,
  seed: number,
  stock: Partial<Record<Color, number>> = {},
): SeedVariant[] {
  return colors.map((color, index) => ({
    options: { color },
    ...price,
    stock: stock[color] ?? baseStock(seed, index),
    weightGrams,
  }));
}

/** The single variant of a product without options. */
function single(price: Price, stock: number, weightGrams: number): SeedVariant[] {
  return [{ options: {}, ...price, stock, weightGrams }];
}

const img = (src: string, color?: Color): SeedImage =>
  color ? { src, width: 800, height: 800, color } : { src, width: 800, height: 800 };

/** One image per colour plus one colour-less detail shot. */
function colorImages(slug: string, colors: readonly Color[]): SeedImage[] {
  return [
    ...colors.map((color) => img(`/catalog/products/${slug}-${color}.webp`, color)),
    img(`/catalog/products/${slug}-detail.webp`),
  ];
}

/** Numbered images for a product without colours. */
function plainImages(slug: string, count: 2 | 3): SeedImage[] {
  return Array.from({ length: count }, (_, i) => img(`/catalog/products/${slug}-${i + 1}.webp`));
}

/** Shopper photos for a review: /catalog/reviews/<slug>-<n>.webp */
function photos(slug: string, ...numbers: number[]): string[] {
  return numbers.map((n) => `/catalog/reviews/${slug}-${n}.webp`);
}

function review(
  author: string,
  rating: SeedReview["rating"],
  title: string,
  body: string,
  daysAgo: number,
  extra: { locale?: Locale; photos?: string[]; verifiedPurchase?: boolean } = {},
): SeedReview {
  return {
    author,
    rating,
    title,
    body,
    locale: extra.locale ?? "en",
    ...(extra.photos ? { photos: extra.photos } : {}),
    verifiedPurchase: extra.verifiedPurchase ?? true,
    daysAgo,
  };
}

// ---------------------------------------------------------------------------
// Categories
// ---------------------------------------------------------------------------

export const seedCategories: SeedCategory[] = [
  {
    slug: "apparel",
    image: "/catalog/categories/apparel.webp",
    name: { en: "Apparel", fa: "پوشاک", ar: "ملابس", uk: "Одяг" },
    description: {
      en: "Soft, hard-wearing basics cut from natural fibres for every day of the week.",
      fa: "لباس‌های پایه‌ی نرم و بادوام از الیاف طبیعی برای هر روز هفته.",
      ar: "قطع أساسية ناعمة ومتينة من ألياف طبيعية لكل أيام الأسبوع.",
      uk: "М’які й зносостійкі базові речі з натуральних волокон на кожен день тижня.",
    },
  },
  {
    slug: "bags",
    image: "/catalog/categories/bags.webp",
    name: { en: "Bags", fa: "کیف‌ها", ar: "حقائب", uk: "Сумки" },
    description: {
      en: "Totes, backpacks and pouches built to carry the day and age well.",
      fa: "کیف‌های دستی، کوله‌پشتی‌ها و کیف‌های کوچکی که بار هر روز را می‌کشند و با گذر زمان زیباتر می‌شوند.",
      ar: "حقائب يد وحقائب ظهر وحافظات صغيرة مصنوعة لتحمل يومك وتزداد جمالًا مع الوقت.",
      uk: "Шопери, рюкзаки й косметички, створені, щоб щодня носити все потрібне й гарно старіти.",
    },
  },
  {
    slug: "home",
    image: "/catalog/categories/home.webp",
    name: { en: "Home", fa: "خانه", ar: "المنزل", uk: "Дім" },
    description: {
      en: "Stoneware, linen and small comforts that make a home feel lived in.",
      fa: "سفالینه، کتان و چیزهای کوچک دلنشینی که خانه را گرم و زنده می‌کنند.",
      ar: "خزفيات وكتان ولمسات صغيرة مريحة تمنح البيت دفئًا وحياة.",
      uk: "Кераміка, льон і дрібні затишні речі, з якими дім стає по-справжньому живим.",
    },
  },
  {
    slug: "stationery",
    image: "/catalog/categories/stationery.webp",
    name: { en: "Stationery", fa: "لوازم‌التحریر", ar: "قرطاسية", uk: "Канцелярія" },
    description: {
      en: "Notebooks, pens and desk companions for lists, letters and big ideas.",
      fa: "دفترها، خودکارها و همراه‌های میز کار برای فهرست‌ها، نامه‌ها و ایده‌های بزرگ.",
      ar: "دفاتر وأقلام ورفاق للمكتب من أجل القوائم والرسائل والأفكار الكبيرة.",
      uk: "Блокноти, ручки й настільні дрібниці для списків, листів і великих ідей.",
    },
  },
  {
    slug: "outdoor",
    image: "/catalog/categories/outdoor.webp",
    name: { en: "Outdoor", fa: "فضای باز", ar: "الهواء الطلق", uk: "На природі" },
    description: {
      en: "Sturdy gear for picnics, trails and slow evenings under the open sky.",
      fa: "وسایل مقاوم برای پیک‌نیک، کوه‌پیمایی و عصرهای آرام زیر آسمان باز.",
      ar: "معدات متينة للنزهات والمسارات والأمسيات الهادئة تحت السماء المفتوحة.",
      uk: "Міцне спорядження для пікніків, стежок і неквапливих вечорів просто неба.",
    },
  },
];

// ---------------------------------------------------------------------------
// Products
// ---------------------------------------------------------------------------

export const seedProducts: SeedProduct[] = [
  // ----------------------------------------------------------------- Apparel
  {
    slug: "linen-camp-shirt",
    category: "apparel",
    featured: true,
    optionNames: ["size", "color"],
    name: {
      en: "Linen Camp Shirt",
      fa: "پیراهن کتان یقه‌کوبایی",
      ar: "قميص كتان بياقة مفتوحة",
      uk: "Лляна сорочка з відкладним коміром",
    },
    shortDescription: {
      en: "A breezy, garment-washed linen shirt with a relaxed camp collar for warm days.",
      fa: "پیراهنی خنک از کتان شست‌وشوشده با یقه‌ی باز و راحت برای روزهای گرم.",
      ar: "قميص خفيف من الكتان المغسول بياقة مفتوحة مريحة للأيام الدافئة.",
      uk: "Легка випрана лляна сорочка з вільним відкладним коміром для теплих днів.",
    },
    description: {
      en: "Cut from 100% European flax linen that has been garment-washed for a soft, lived-in hand from the first wear. Relaxed boxy fit, a straight hem made to be worn untucked, and corozo buttons. Machine wash cold and line dry; a little wrinkle is part of the charm.",
      fa: "از کتان ۱۰۰٪ اروپایی دوخته شده و پس از دوخت شسته شده تا از همان اولین بار نرم و راحت باشد. برش گشاد و راحت، لبه‌ی صاف برای پوشیدن روی شلوار و دکمه‌های کوروزو دارد. با آب سرد در ماشین بشویید و روی بند خشک کنید؛ کمی چروک بخشی از جذابیت آن است.",
      ar: "مصنوع من كتان أوروبي بنسبة 100% ومغسول بعد الخياطة ليمنحك ملمسًا ناعمًا منذ أول ارتداء. قصّة واسعة مريحة وحافة مستقيمة تُلبس خارج البنطال وأزرار من الكوروزو. يُغسل في الغسالة بماء بارد ويُجفف على الحبل؛ فالقليل من التجاعيد جزء من سحره.",
      uk: "Пошита зі 100% європейського льону й випрана вже після пошиття, тож м’яка з першого дня. Вільний прямий крій, рівний низ, щоб носити навипуск, і ґудзики з корозо. Прати в машині в холодній воді й сушити на мотузці; легка зім’ятість — частина її шарму.",
    },
    variants: grid(S_XL, ["sand", "sage", "navy", "white"], full(7800), 240, 1, {
      "S/navy": 0,
      "XL/white": 3,
    }),
    images: colorImages("linen-camp-shirt", ["sand", "sage", "navy", "white"]),
    reviews: [
      review("Maya R.", 5, "My summer uniform", "I bought the sage in June and have worn it at least twice a week since. It softens more with every wash.", 34, {
        photos: photos("linen-camp-shirt", 1),
      }),
      review("Daniel K.", 4, "Great shirt, runs roomy", "Beautiful linen and the buttons feel substantial. I'm between sizes and the M is quite boxy, so consider sizing down.", 61),
      review("مریم ک.", 5, "خنک و خوش‌دوخت", "برای تابستان تهران عالی است. رنگ شنی‌اش با همه چیز ست می‌شود.", 88, { locale: "fa" }),
      review("Theo B.", 3, "Wrinkles more than expected", "The fabric is lovely but it creases the minute you sit down. Fine if you like that relaxed look.", 142, {
        verifiedPurchase: false,
      }),
    ],
  },
  {
    slug: "organic-cotton-tee",
    category: "apparel",
    optionNames: ["size", "color"],
    name: {
      en: "Organic Cotton Tee",
      fa: "تی‌شرت نخی ارگانیک",
      ar: "تيشيرت من القطن العضوي",
      uk: "Футболка з органічної бавовни",
    },
    shortDescription: {
      en: "A midweight crew-neck tee in soft organic cotton jersey that keeps its shape wash after wash.",
      fa: "تی‌شرت یقه‌گرد با ضخامت متوسط از جرسی نخی ارگانیک که پس از هر شست‌وشو فرمش را حفظ می‌کند.",
      ar: "تيشيرت بياقة دائرية متوسط السماكة من جيرسي القطن العضوي الناعم يحافظ على شكله بعد كل غسلة.",
      uk: "Футболка середньої щільності з м’якого органічного бавовняного джерсі, що тримає форму після кожного прання.",
    },
    description: {
      en: "Knitted from 180 gsm combed organic cotton with a narrow ribbed collar and taped shoulder seams. Pre-shrunk, with a regular fit that sits just below the hip. Machine wash at 30 °C inside out and tumble dry low.",
    },
    variants: grid(XS_XL, ["white", "black", "sage", "rust"], full(2800), 180, 2, {
      "XS/rust": 0,
      "XL/sage": 0,
      "XS/white": 4,
    }),
    images: colorImages("organic-cotton-tee", ["white", "black", "sage", "rust"]),
    reviews: [
      review("Priya S.", 5, "Finally, a tee that lasts", "Six months in and the collar still lies flat. I now own it in three colours.", 45),
      review("Jonah L.", 4, "Solid everyday tee", "Nice weight, not see-through in the white. Slightly long in the body for me.", 97),
      review("Олена К.", 5, "Ідеальна базова футболка", "Приємна до тіла, не сіла після прання. Іржавий колір наживо ще гарніший.", 120, {
        locale: "uk",
        photos: photos("organic-cotton-tee", 1),
      }),
    ],
  },
  {
    slug: "heavyweight-pocket-tee",
    category: "apparel",
    optionNames: ["size", "color"],
    name: {
      en: "Heavyweight Pocket Tee",
      fa: "تی‌شرت ضخیم جیب‌دار",
      ar: "تيشيرت ثقيل بجيب",
      uk: "Щільна футболка з кишенею",
    },
    shortDescription: {
      en: "A boxy 240 gsm tee with a chest pocket, built tough enough for workshop weekends.",
      fa: "تی‌شرتی ضخیم ۲۴۰ گرمی با برش جعبه‌ای و جیب سینه، آن‌قدر محکم که برای آخر هفته‌های کارگاهی هم مناسب است.",
      ar: "تيشيرت بقصّة مربعة ووزن 240 غرامًا مع جيب على الصدر، متين بما يكفي لعطلات نهاية الأسبوع في الورشة.",
      uk: "Футболка прямого крою щільністю 240 г/м² з нагрудною кишенею — достатньо міцна для вихідних у майстерні.",
    },
    description: {
      en: "Heavy open-end cotton jersey with a thick ribbed collar that won't stretch out over time. The boxy, slightly cropped fit pairs well with high-waisted trousers. Wash cold and hang dry to keep the fit true.",
    },
    variants: grid(S_XL, ["charcoal", "sand", "navy"], sale(2900, 3800), 240, 3, {
      "L/sand": 2,
      "S/charcoal": 5,
    }),
    images: colorImages("heavyweight-pocket-tee", ["charcoal", "sand", "navy"]),
    reviews: [
      review("Marcus T.", 5, "Feels like a vintage tee", "Thick, structured and the pocket sits exactly where it should. At the sale price I grabbed two.", 12),
      review("Hana W.", 4, "Boxy in a good way", "It's cropped, so if you have a long torso go up a size. Colour is a lovely warm sand.", 73),
    ],
  },
  {
    slug: "merino-crew-socks",
    category: "apparel",
    optionNames: ["size", "color"],
    name: {
      en: "Merino Crew Socks",
      fa: "جوراب نیم‌ساق مرینو",
      ar: "جوارب مرينو متوسطة الطول",
      uk: "Шкарпетки з мериносу",
    },
    shortDescription: {
      en: "Cushioned merino wool crew socks that stay warm when damp and fresh for days.",
      fa: "جوراب‌های نیم‌ساق پشمی مرینو با کف نرم که حتی نمناک هم گرم می‌مانند و تا چند روز تازه‌اند.",
      ar: "جوارب مرينو مبطنة تبقى دافئة حتى عند الرطوبة وتظل منتعشة لأيام.",
      uk: "М’які шкарпетки з вовни мериносу, що гріють навіть вологими й довго лишаються свіжими.",
    },
    description: {
      en: "A blend of 70% merino wool, 27% nylon and 3% elastane with a terry-cushioned sole and reinforced heel and toe. Sizes: S (EU 36–38), M (39–41), L (42–44), XL (45–47). Machine wash warm and lay flat to dry.",
    },
    variants: grid(S_XL, ["charcoal", "mustard", "rust"], full(1400), 80, 4, {
      "M/mustard": 3,
      "XL/rust": 0,
    }),
    images: colorImages("merino-crew-socks", ["charcoal", "mustard", "rust"]),
    reviews: [
      review("Ellie P.", 5, "Warmest socks I own", "Wore them on a four-day hike and they never got smelly. Worth every cent.", 30),
      review("Sam O.", 5, "Bought a drawerful", "Soft, not itchy at all, and the mustard is a cheerful surprise in winter.", 156, {
        photos: photos("merino-crew-socks", 1),
      }),
      review("Ahmed N.", 4, "Comfortable, thin at the heel", "Very comfortable, though after a year one heel is wearing thin. Still recommend.", 390),
    ],
  },
  {
    slug: "brushed-fleece-hoodie",
    category: "apparel",
    featured: true,
    optionNames: ["size", "color"],
    name: {
      en: "Brushed Fleece Hoodie",
      fa: "هودی پشت‌کرکی",
      ar: "هودي من الفليس المُمشّط",
      uk: "Худі з начосом",
    },
    shortDescription: {
      en: "A heavyweight hoodie with a cloud-soft brushed interior, double-layer hood and roomy kangaroo pocket.",
      fa: "هودی ضخیم با داخل کرکی بسیار نرم، کلاه دولایه و جیب کانگورویی جادار.",
      ar: "هودي ثقيل ببطانة داخلية ناعمة كالسحاب وقبعة مزدوجة الطبقة وجيب كنغر واسع.",
      uk: "Щільне худі з неймовірно м’яким начосом усередині, двошаровим капюшоном і місткою кишенею-кенгуру.",
    },
    description: {
      en: "Made from 400 gsm organic cotton fleece, brushed on the inside for warmth without bulk. Flat drawcords, ribbed cuffs and hem, and a relaxed fit with dropped shoulders. Wash inside out at 30 °C; avoid the dryer to keep it from shrinking.",
      fa: "از فلیس نخی ارگانیک ۴۰۰ گرمی ساخته شده که داخلش برس خورده تا بدون حجیم شدن گرم نگه دارد. بند کلاه تخت، مچ و لبه‌ی کشی و برش راحت با سرشانه‌ی افتاده دارد. پشت‌ورو و در دمای ۳۰ درجه بشویید و برای جلوگیری از آب رفتن از خشک‌کن استفاده نکنید.",
      ar: "مصنوع من فليس قطني عضوي بوزن 400 غرام ومُمشّط من الداخل ليمنح الدفء دون ثقل. أربطة مسطحة وأساور وحافة مضلعة وقصّة مريحة بأكتاف منسدلة. يُغسل مقلوبًا على 30 درجة مئوية، وتجنّب المجفف حتى لا ينكمش.",
      uk: "Пошите з органічного бавовняного флісу щільністю 400 г/м² з начосом усередині — тепло без зайвого об’єму. Пласкі шнурки, манжети й низ у рубчик, вільний крій зі спущеним плечем. Прати навиворіт при 30 °C і не сушити в барабані, щоб не сіло.",
    },
    variants: grid(XS_XL, ["charcoal", "sage", "plum"], full(8800), 620, 5, {
      "XL/plum": 0,
      "XS/sage": 2,
      "XS/plum": 4,
    }),
    images: colorImages("brushed-fleece-hoodie", ["charcoal", "sage", "plum"]),
    reviews: [
      review("Lucy H.", 5, "Like wearing a blanket", "The inside is unbelievably soft and the hood actually stays up. Best hoodie I've owned.", 8, {
        photos: photos("brushed-fleece-hoodie", 1, 2),
      }),
      review("Oskar J.", 5, "Worth the price", "Heavy, well sewn, and the plum colour is gorgeous in daylight.", 52),
      review("Noor A.", 4, "دافئ جدًا", "قماش ثقيل وناعم من الداخل. المقاس واسع قليلًا لذلك اخترت مقاسًا أصغر.", 77, { locale: "ar" }),
      review("Ben C.", 2, "Shrank in the dryer", "My fault for ignoring the label, but it lost a good few centimetres in length after one tumble dry.", 203),
      review("Іван П.", 5, "Тепле й якісне", "Ношу щодня восени, після десятка прань виглядає як нове.", 260, { locale: "uk" }),
    ],
  },
  {
    slug: "oxford-button-down",
    category: "apparel",
    purchaseLimit: 3,
    optionNames: ["size", "color"],
    name: {
      en: "Oxford Button-Down Shirt",
      fa: "پیراهن آکسفورد یقه‌دکمه‌دار",
      ar: "قميص أكسفورد بياقة مزررة",
      uk: "Оксфордська сорочка з комірцем на ґудзиках",
    },
    shortDescription: {
      en: "The classic oxford cloth shirt with a soft-roll button-down collar, washed for a broken-in feel.",
      fa: "پیراهن کلاسیک از پارچه‌ی آکسفورد با یقه‌ی دکمه‌دار نرم، شسته‌شده برای حسی راحت و جاافتاده.",
      ar: "قميص أكسفورد الكلاسيكي بياقة مزررة ناعمة الانحناء، مغسول ليمنحك إحساسًا مريحًا كأنه قديم.",
      uk: "Класична сорочка з оксфордської тканини з м’яким комірцем на ґудзиках, випрана для відчуття давно улюбленої речі.",
    },
    description: {
      en: "Woven from long-staple cotton oxford with a softly rolled collar, a locker loop and a single chest pocket. Tailored through the body without feeling tight. Machine wash warm; it looks best lightly pressed or straight off the line.",
    },
    variants: grid(S_XL, ["white", "sky", "navy"], sale(5900, 7800), 280, 6, {
      "S/sky": 0,
      "XL/navy": 1,
    }),
    images: colorImages("oxford-button-down", ["white", "sky", "navy"]),
    reviews: [
      review("Gabriel M.", 5, "Textbook oxford", "Collar roll is perfect and the cloth has real texture. Looks sharp with or without a blazer.", 19),
      review("Rosa D.", 4, "Lovely sky blue", "Fits true to size. The sleeves are a touch long but nothing a roll can't fix.", 110),
      review("Karim E.", 5, "قميص أنيق ومريح", "القماش متين والياقة تبقى في مكانها طوال اليوم. سعر التخفيض ممتاز.", 64, { locale: "ar" }),
    ],
  },
  {
    slug: "ribbed-wool-beanie",
    category: "apparel",
    optionNames: ["color"],
    name: {
      en: "Ribbed Wool Beanie",
      fa: "کلاه بافتنی پشمی",
      ar: "قبعة صوف محبوكة مضلعة",
      uk: "Вовняна шапка в рубчик",
    },
    shortDescription: {
      en: "A chunky rib-knit beanie in lambswool with a deep fold-up cuff.",
      fa: "کلاه بافتنی ضخیم از پشم بره با بافت کبریتی و لبه‌ی برگردان پهن.",
      ar: "قبعة محبوكة سميكة من صوف الحملان بنسيج مضلع وحافة مطوية عريضة.",
      uk: "Об’ємна шапка з вовни ягняти в рубчик із глибоким відворотом.",
    },
    description: {
      en: "Knitted in Scotland from 100% lambswool on vintage machines. One size, with a generous cuff that can be worn high or slouched. Hand wash cool and dry flat.",
    },
    variants: colorway(["mustard", "rust", "navy", "charcoal"], full(3200), 110, 7, { navy: 4 }),
    images: colorImages("ribbed-wool-beanie", ["mustard", "rust", "navy", "charcoal"]),
    reviews: [
      review("Freya N.", 5, "Cosy and not itchy", "I have a sensitive forehead and this doesn't itch at all. The mustard brightens grey mornings.", 40, {
        photos: photos("ribbed-wool-beanie", 1),
      }),
      review("Leo G.", 4, "Good fit", "Fits a big head comfortably. Wish it came in black too.", 233),
    ],
  },
  {
    slug: "waffle-knit-henley",
    category: "apparel",
    optionNames: ["size", "color"],
    name: {
      en: "Waffle-Knit Henley",
      fa: "بلوز هنلی بافت وافلی",
      ar: "قميص هنلي بنسيج وافل",
      uk: "Хенлі вафельного плетіння",
    },
    shortDescription: {
      en: "A long-sleeve henley in textured waffle cotton with a three-button placket.",
      fa: "بلوز آستین‌بلند هنلی از پارچه‌ی نخی با بافت وافلی و سه دکمه روی یقه.",
      ar: "قميص هنلي بأكمام طويلة من قطن منسوج بنقشة الوافل مع ثلاثة أزرار عند الياقة.",
      uk: "Хенлі з довгим рукавом із фактурної вафельної бавовни та планкою на три ґудзики.",
    },
    description: {
      en: "A thermal waffle knit of cotton with a touch of recycled polyester, so it traps warmth yet breathes. Slim through the body with ribbed cuffs you can push up. Wash at 30 °C and reshape while damp.",
    },
    variants: grid(S_XL, ["sand", "sage", "black"], full(5400), 300, 8, {
      "XL/black": 0,
      "M/sage": 5,
    }),
    images: colorImages("waffle-knit-henley", ["sand", "sage", "black"]),
    reviews: [
      review("Chris V.", 4, "Great layering piece", "Warm under a jacket without being bulky. The texture is really nice up close.", 22),
      review("رضا ت.", 5, "بافت فوق‌العاده", "پارچه‌اش ضخیم و نرم است و بعد از شستن آب نرفت. رنگ مریمی‌اش خیلی قشنگ است.", 95, { locale: "fa" }),
      review("Anna F.", 3, "Fitted, size up", "Nice quality but it's slimmer than I expected; I exchanged for a size up.", 180),
    ],
  },
  {
    slug: "garment-dyed-sweatshirt",
    category: "apparel",
    optionNames: ["size", "color"],
    name: {
      en: "Garment-Dyed Sweatshirt",
      fa: "سویشرت یقه‌گرد رنگ‌شده پس از دوخت",
      ar: "سويتشيرت مصبوغ بعد الخياطة",
      uk: "Світшот, фарбований після пошиття",
    },
    shortDescription: {
      en: "A crewneck sweatshirt dyed after sewing for rich, softly faded colour and no shrink surprises.",
      fa: "سویشرتی یقه‌گرد که پس از دوخت رنگ شده تا رنگی عمیق و کمی رفته داشته باشد و پس از شستن آب نرود.",
      ar: "سويتشيرت بياقة دائرية صُبغ بعد خياطته ليكتسب لونًا غنيًا باهتًا بلطف ولا ينكمش بعد الغسيل.",
      uk: "Світшот із круглим вирізом, пофарбований після пошиття: глибокий, трохи вицвілий колір і жодної усадки.",
    },
    description: {
      en: "Midweight French terry in organic cotton, garment-dyed in small batches so every piece has slight tonal variation. Ribbed collar, cuffs and hem with a relaxed, true-to-size fit. Wash with similar colours at 30 °C.",
    },
    variants: grid(S_XL, ["sky", "plum", "sand"], sale(5400, 7200), 520, 9, {
      "M/plum": 0,
      "L/sky": 3,
    }),
    images: colorImages("garment-dyed-sweatshirt", ["sky", "plum", "sand"]),
    reviews: [
      review("Isla R.", 5, "That faded colour!", "The sky blue looks like I've owned it for years, in the best way. Super comfy.", 15, {
        photos: photos("garment-dyed-sweatshirt", 1),
      }),
      review("Felix A.", 4, "Comfortable, slightly short", "Great fabric. The body is a bit short on me but the sleeves are perfect.", 58),
      review("Dana Y.", 5, "Gift that got worn", "Bought the plum for my partner and now I borrow it constantly.", 301, { verifiedPurchase: false }),
    ],
  },

  // -------------------------------------------------------------------- Bags
  {
    slug: "waxed-canvas-tote",
    category: "bags",
    featured: true,
    optionNames: ["color"],
    name: {
      en: "Waxed Canvas Tote",
      fa: "کیف دستی برزنتی واکس‌خورده",
      ar: "حقيبة يد من القماش المشمّع",
      uk: "Шопер з вощеного канвасу",
    },
    shortDescription: {
      en: "A roomy tote in waxed cotton canvas with leather handles that darken beautifully with use.",
      fa: "کیف دستی جاداری از برزنت نخی واکس‌خورده با دسته‌های چرمی که با استفاده تیره‌تر و زیباتر می‌شوند.",
      ar: "حقيبة يد واسعة من قماش قطني مشمّع بمقابض جلدية يزداد لونها عمقًا وجمالًا مع الاستعمال.",
      uk: "Місткий шопер із вощеного бавовняного канвасу зі шкіряними ручками, що гарно темнішають з часом.",
    },
    description: {
      en: "Made from 18 oz paraffin-waxed cotton canvas that shrugs off drizzle, with vegetable-tanned leather handles and an inside zip pocket. Measures 40 × 36 × 14 cm and fits a 15-inch laptop. Wipe clean with a damp cloth and re-wax once a year.",
      fa: "از برزنت نخی ۱۸ اونسی آغشته به واکس پارافین ساخته شده که در برابر نم‌نم باران مقاوم است و دسته‌هایی از چرم دباغی گیاهی و یک جیب زیپ‌دار داخلی دارد. ابعاد آن ۴۰ × ۳۶ × ۱۴ سانتی‌متر است و لپ‌تاپ ۱۵ اینچی در آن جا می‌شود. با پارچه‌ی نمدار تمیز کنید و سالی یک بار دوباره واکس بزنید.",
      ar: "مصنوعة من قماش قطني بوزن 18 أونصة مشمّع بالبارافين يصمد أمام الرذاذ، مع مقابض من جلد مدبوغ نباتيًا وجيب داخلي بسحّاب. مقاساتها 40 × 36 × 14 سم وتتسع لحاسوب محمول 15 بوصة. تُنظّف بقطعة قماش رطبة ويُعاد تشميعها مرة في السنة.",
      uk: "Пошитий із 18-унцевого бавовняного канвасу, просоченого парафіновим воском, що не боїться мряки, зі шкіряними ручками рослинного дублення та внутрішньою кишенею на блискавці. Розмір 40 × 36 × 14 см, вміщує 15-дюймовий ноутбук. Протирайте вологою ганчіркою й раз на рік наносьте віск заново.",
    },
    variants: colorway(["sand", "sage", "charcoal"], full(6800), 520, 10, { sage: 3 }),
    images: colorImages("waxed-canvas-tote", ["sand", "sage", "charcoal"]),
    reviews: [
      review("Claire B.", 5, "Carries my whole life", "Laptop, lunch, a cardigan and a paperback, and it still looks tidy. The leather is already getting a lovely patina.", 27, {
        photos: photos("waxed-canvas-tote", 1),
      }),
      review("Tom W.", 5, "Built like a tank", "Got caught in a shower on the way to work and everything inside stayed dry.", 84),
      review("سارا م.", 4, "جادار و شیک", "کیف خیلی محکمی است ولی خالی‌اش هم کمی سنگین است. رنگ شنی‌اش فوق‌العاده است.", 133, { locale: "fa" }),
      review("Jess K.", 4, "Smells of wax at first", "The waxy smell faded after a week. Wish the strap drop was a few centimetres longer for winter coats.", 212),
    ],
  },
  {
    slug: "everyday-backpack-20l",
    category: "bags",
    featured: true,
    optionNames: ["color"],
    name: {
      en: "Everyday Backpack 20 L",
      fa: "کوله‌پشتی روزمره ۲۰ لیتری",
      ar: "حقيبة ظهر يومية 20 لترًا",
      uk: "Щоденний рюкзак 20 л",
    },
    shortDescription: {
      en: "A clean-lined 20-litre backpack with a padded laptop sleeve and a clamshell opening for easy packing.",
      fa: "کوله‌پشتی ۲۰ لیتری با طراحی ساده، جای لپ‌تاپ بالشتک‌دار و درِ کاملاً بازشونده برای جمع‌کردن آسان وسایل.",
      ar: "حقيبة ظهر بسعة 20 لترًا بخطوط بسيطة وجيب مبطن للحاسوب وفتحة صدفية تسهّل التوضيب.",
      uk: "Лаконічний рюкзак на 20 літрів з м’яким відділенням для ноутбука та повним розкриттям для зручного пакування.",
    },
    description: {
      en: "Sewn from recycled 600D polyester with a water-resistant coating and YKK zips throughout. The padded sleeve fits a 16-inch laptop, and two side pockets hold a bottle and an umbrella. Measures 46 × 30 × 15 cm; spot clean only.",
      fa: "از پلی‌استر بازیافتی 600D با پوشش ضدآب دوخته شده و همه‌ی زیپ‌هایش YKK است. جای بالشتک‌دار آن لپ‌تاپ ۱۶ اینچی را در خود جا می‌دهد و دو جیب کناری برای بطری آب و چتر دارد. ابعاد ۴۶ × ۳۰ × ۱۵ سانتی‌متر؛ فقط لکه‌ها را موضعی تمیز کنید.",
      ar: "مخيطة من بوليستر معاد تدويره 600D بطبقة مقاومة للماء وسحّابات YKK في كل مكان. يتسع الجيب المبطن لحاسوب 16 بوصة، ويحمل الجيبان الجانبيان قارورة ومظلة. المقاسات 46 × 30 × 15 سم؛ تنظيف موضعي فقط.",
      uk: "Пошитий із переробленого поліестеру 600D з водовідштовхувальним покриттям і блискавками YKK. М’яке відділення вміщує 16-дюймовий ноутбук, а дві бічні кишені — пляшку й парасольку. Розмір 46 × 30 × 15 см; лише локальне чищення.",
    },
    variants: colorway(["black", "sage", "rust"], full(11800), 980, 11, { rust: 5 }),
    images: colorImages("everyday-backpack-20l", ["black", "sage", "rust"]),
    reviews: [
      review("Aiden S.", 5, "Perfect commuter pack", "The clamshell opening makes packing for overnight trips so easy. Straps are comfortable even when it's full.", 9),
      review("Mina J.", 4, "Great, a bit stiff at first", "Took a couple of weeks to soften up. Love the hidden back pocket for my passport.", 66, {
        photos: photos("everyday-backpack-20l", 1),
      }),
      review("Андрій П.", 5, "Найкращий рюкзак для міста", "Ноутбук, обід і светр вміщуються без проблем. Під дощем нічого не намокло.", 148, { locale: "uk" }),
    ],
  },
  {
    slug: "weekender-duffel",
    category: "bags",
    purchaseLimit: 3,
    optionNames: ["color"],
    name: {
      en: "Weekender Duffel",
      fa: "ساک سفری آخر هفته",
      ar: "حقيبة سفر لعطلة نهاية الأسبوع",
      uk: "Дорожня сумка вікенд",
    },
    shortDescription: {
      en: "A structured 40-litre duffel with a shoe compartment and a detachable shoulder strap.",
      fa: "ساک سفری ۴۰ لیتری با فرم ثابت، جای جداگانه برای کفش و بند دوشی جداشدنی.",
      ar: "حقيبة سفر متماسكة بسعة 40 لترًا مع حجرة للأحذية وحزام كتف قابل للفصل.",
      uk: "Сумка-дафл на 40 літрів, що тримає форму, з відділенням для взуття та знімним плечовим ременем.",
    },
    description: {
      en: "Heavy cotton canvas body with a water-resistant base, full-grain leather trim and solid brass hardware. The side zip opens into a separate shoe compartment, and at 52 × 28 × 28 cm it meets most carry-on limits. Spot clean the canvas and condition the leather occasionally.",
    },
    variants: colorway(["charcoal", "navy", "sand"], sale(11900, 14900), 1400, 12, { navy: 4 }),
    images: colorImages("weekender-duffel", ["charcoal", "navy", "sand"]),
    reviews: [
      review("Olivia G.", 5, "Fits more than you'd think", "Three days of clothes, a pair of boots in the shoe pocket and a wash bag. Gets compliments at every station.", 18),
      review("Yusuf A.", 4, "حقيبة فاخرة", "الخياطة ممتازة والجلد جميل. أتمنى لو كان الحزام أعرض قليلًا.", 102, { locale: "ar" }),
    ],
  },
  {
    slug: "canvas-zip-pouch-set",
    category: "bags",
    optionNames: ["color"],
    name: {
      en: "Canvas Zip Pouch Set",
      fa: "ست کیف زیپ‌دار برزنتی",
      ar: "طقم حافظات قماشية بسحّاب",
      uk: "Набір канвасових косметичок на блискавці",
    },
    shortDescription: {
      en: "Two nesting zip pouches in sturdy cotton canvas for cables, pens, cosmetics or travel odds and ends.",
      fa: "دو کیف زیپ‌دار تودرتو از برزنت نخی محکم برای کابل، خودکار، لوازم آرایش یا خرده‌ریزهای سفر.",
      ar: "حافظتان متداخلتان بسحّاب من قماش قطني متين للكابلات أو الأقلام أو مستحضرات التجميل أو أغراض السفر الصغيرة.",
      uk: "Дві косметички на блискавці з міцного бавовняного канвасу — для кабелів, ручок, косметики чи дрібниць у дорогу.",
    },
    description: {
      en: "A large (25 × 18 cm) and a small (18 × 12 cm) pouch in 12 oz cotton canvas with a wipe-clean lining and metal zips with leather pulls. Both lie flat in a bag and stand up on a desk. Machine wash cold in a laundry bag.",
    },
    variants: colorway(["mustard", "sky", "plum", "sand"], full(3900), 120, 13, { plum: 2 }),
    images: colorImages("canvas-zip-pouch-set", ["mustard", "sky", "plum", "sand"]),
    reviews: [
      review("Hannah L.", 5, "Travel organisation sorted", "Chargers in the small one, toiletries in the big one. The lining wipes clean easily.", 47),
      review("Pedro M.", 4, "Nice colours", "Good quality, though the small pouch is smaller than I pictured.", 115),
      review("فاطمة ع.", 5, "عملية جدًا", "أستخدم الكبيرة لأدوات التجميل والصغيرة للأقلام. اللون الخردلي رائع.", 190, {
        locale: "ar",
        photos: photos("canvas-zip-pouch-set", 1),
      }),
    ],
  },
  {
    slug: "crossbody-sling-bag",
    category: "bags",
    optionNames: ["color"],
    name: {
      en: "Crossbody Sling Bag",
      fa: "کیف کراس‌بادی",
      ar: "حقيبة كروس بودي",
      uk: "Сумка-слінг через плече",
    },
    shortDescription: {
      en: "A compact sling that holds phone, wallet and keys close, worn across the chest or at the hip.",
      fa: "کیف کوچکی که گوشی، کیف پول و کلیدها را نزدیک شما نگه می‌دارد؛ روی سینه یا کنار کمر بیندازید.",
      ar: "حقيبة صغيرة تبقي الهاتف والمحفظة والمفاتيح قريبة منك، تُحمل على الصدر أو عند الورك.",
      uk: "Компактний слінг, що тримає телефон, гаманець і ключі під рукою, — носіть на грудях або на стегні.",
    },
    description: {
      en: "Recycled nylon ripstop shell with a water-repellent finish and a quick-adjust webbing strap. One main compartment with a key clip plus a slim back pocket for cards. Measures 30 × 15 × 7 cm; wipe clean.",
    },
    variants: colorway(["black", "sage", "rust"], full(5800), 380, 14),
    images: colorImages("crossbody-sling-bag", ["black", "sage", "rust"]),
    reviews: [
      review("Zoe T.", 5, "Festival essential", "Hands-free and nothing bounces around. The strap adjusts with one pull.", 55),
      review("Ravi P.", 4, "Handy daily bag", "Holds a phone, wallet, keys and sunglasses, not much else. Exactly what I wanted.", 170),
    ],
  },
  {
    slug: "natural-canvas-market-tote",
    category: "bags",
    optionNames: [],
    name: {
      en: "Natural Canvas Market Tote",
      fa: "کیف خرید برزنتی طبیعی",
      ar: "حقيبة تسوق من القماش الطبيعي",
      uk: "Шопер для ринку з натурального канвасу",
    },
    shortDescription: {
      en: "An undyed heavyweight canvas tote with a boxed base that stands up to a full week of groceries.",
      fa: "کیف خرید از برزنت ضخیم رنگ‌نشده با کف جعبه‌ای که بار خرید یک هفته را تحمل می‌کند.",
      ar: "حقيبة من القماش السميك غير المصبوغ بقاعدة مربعة تتحمل مشتريات أسبوع كامل.",
      uk: "Шопер з цупкого нефарбованого канвасу з об’ємним дном, що витримає покупки на цілий тиждень.",
    },
    description: {
      en: "Cut from 16 oz undyed cotton canvas with reinforced, shoulder-length handles and a 14 cm gusset. Holds up to 15 kg and folds flat when empty. Machine wash cold; it softens with every wash.",
    },
    variants: single(full(3900), 46, 340),
    images: plainImages("natural-canvas-market-tote", 2),
    reviews: [
      review("Grace E.", 5, "Holds a watermelon", "Literally. Plus the rest of the shopping. Handles are long enough for a coat.", 36),
      review("Owen D.", 4, "Simple and strong", "Does exactly what it should. A bit pricey for a tote, but it'll last for years.", 250),
    ],
  },
  {
    slug: "roll-top-messenger",
    category: "bags",
    optionNames: ["color"],
    name: {
      en: "Roll-Top Messenger Bag",
      fa: "کیف مسنجر رول‌تاپ",
      ar: "حقيبة مسنجر بغطاء ملفوف",
      uk: "Сумка-месенджер з рол-топом",
    },
    shortDescription: {
      en: "A weatherproof messenger with an expandable roll-top and a quick-release buckle for cycling commutes.",
      fa: "کیف مسنجر ضدآب با درِ رول‌شونده‌ی قابل‌گسترش و سگک سریع، مناسب رفت‌وآمد با دوچرخه.",
      ar: "حقيبة مسنجر مقاومة للطقس بغطاء ملفوف قابل للتوسيع وإبزيم سريع الفتح لتنقلات الدراجة اليومية.",
      uk: "Непромокальний месенджер із розширюваним рол-топом і швидкознімною пряжкою для поїздок велосипедом.",
    },
    description: {
      en: "Made from laminated waxed canvas with welded seams, so the main compartment stays dry in a downpour. Inside there is a padded laptop sleeve and an organiser panel; outside, a reflective strip for night rides. Holds 18–24 L depending on how far you roll it.",
    },
    variants: colorway(["navy", "charcoal"], sale(9600, 12800), 1100, 15),
    images: colorImages("roll-top-messenger", ["navy", "charcoal"]),
    reviews: [
      review("Nils H.", 5, "Bone dry after a storm", "Rode 12 km in heavy rain and my laptop was perfectly fine. The buckle works with gloves on.", 24, {
        photos: photos("roll-top-messenger", 1),
      }),
      review("Kate R.", 4, "Heavy but worth it", "It's not a light bag, but it's the only one that has survived my commute.", 88),
      review("Ігор С.", 3, "Добра, але важка", "Дуже міцна й справді не промокає, проте на плечі після години відчувається вага.", 322, { locale: "uk" }),
    ],
  },
  {
    slug: "wool-felt-laptop-sleeve",
    category: "bags",
    optionNames: ["color"],
    name: {
      en: "Wool Felt Laptop Sleeve 14-inch",
      fa: "کاور لپ‌تاپ نمدی ۱۴ اینچ",
      ar: "غلاف حاسوب محمول من اللباد الصوفي 14 بوصة",
      uk: "Чохол для ноутбука 14″ з вовняної повсті",
    },
    shortDescription: {
      en: "A snug sleeve of thick merino felt with a leather strap closure to protect a 13–14-inch laptop.",
      fa: "کاوری جذب از نمد ضخیم مرینو با بند چرمی برای محافظت از لپ‌تاپ ۱۳ تا ۱۴ اینچی.",
      ar: "غلاف محكم من لباد المرينو السميك بإغلاق بحزام جلدي لحماية حاسوب مقاسه 13–14 بوصة.",
      uk: "Щільний чохол із товстої повсті з мериносу зі шкіряним ремінцем для захисту ноутбука 13–14 дюймів.",
    },
    description: {
      en: "Pressed from 5 mm merino wool felt, which cushions bumps and naturally repels spills. Closes with a vegetable-tanned leather strap and stud; inner size 33 × 24 cm. Brush off dust and air it out instead of washing.",
    },
    variants: colorway(["charcoal", "sand", "plum"], full(4800), 300, 16),
    images: colorImages("wool-felt-laptop-sleeve", ["charcoal", "sand", "plum"]),
    reviews: [
      review("Leah S.", 5, "Fits my 14-inch perfectly", "Snug without being a struggle to get in and out. The felt is thick and feels premium.", 71),
      review("Martin O.", 4, "Check your laptop size", "Lovely sleeve but a bit tight for my 14-inch with a protective case on.", 140),
    ],
  },
  {
    slug: "leather-mini-bucket-bag",
    category: "bags",
    optionNames: ["color"],
    name: {
      en: "Leather Mini Bucket Bag",
      fa: "کیف سطلی کوچک چرمی",
      ar: "حقيبة جلدية صغيرة على شكل دلو",
      uk: "Шкіряна міні-сумка «відро»",
    },
    shortDescription: {
      en: "A soft leather bucket bag with a drawstring top and an adjustable strap to carry by hand or crossbody.",
      fa: "کیف سطلی از چرم نرم با درِ بندی و بند قابل‌تنظیم برای حمل با دست یا به شکل کراس‌بادی.",
      ar: "حقيبة دلو من الجلد الناعم بفتحة برباط وحزام قابل للتعديل لحملها باليد أو بشكل متقاطع.",
      uk: "М’яка шкіряна сумка-відро з затяжкою зверху та регульованим ременем — носіть у руці або через плече.",
    },
    description: {
      en: "Crafted from chrome-free, vegetable-tanned cowhide that develops a warm patina. Unlined interior with a small slip pocket; measures 22 × 20 × 14 cm. Keep away from heavy rain and treat with leather balm twice a year.",
    },
    variants: colorway(["rust", "black", "sand"], full(8900), 450, 17, { black: 1 }),
    images: colorImages("leather-mini-bucket-bag", ["rust", "black", "sand"]),
    reviews: [
      review("Sofia L.", 5, "Gorgeous leather", "The rust colour is rich and warm, and it smells wonderful. Fits more than it looks.", 13, {
        photos: photos("leather-mini-bucket-bag", 1, 2),
      }),
      review("نگار ش.", 5, "شیک و کاربردی", "چرمش خیلی نرم و باکیفیت است و بندش را راحت می‌شود کوتاه و بلند کرد.", 79, { locale: "fa" }),
      review("Emily C.", 4, "Small but mighty", "Phone, wallet, keys and a small umbrella. Drawstring takes a moment to open one-handed.", 166),
    ],
  },

  // -------------------------------------------------------------------- Home
  {
    slug: "stoneware-mug",
    category: "home",
    featured: true,
    optionNames: ["color"],
    name: {
      en: "Stoneware Mug",
      fa: "ماگ سفالی",
      ar: "كوب من الخزف الحجري",
      uk: "Керамічний кухоль",
    },
    shortDescription: {
      en: "A generous 350 ml mug with a reactive glaze and a handle that fits the whole hand.",
      fa: "ماگی جادار ۳۵۰ میلی‌لیتری با لعاب واکنشی و دسته‌ای که کامل در دست جا می‌شود.",
      ar: "كوب واسع سعته 350 مل بطلاء زجاجي متفاعل ومقبض يتسع لليد كلها.",
      uk: "Місткий кухоль на 350 мл із реактивною глазур’ю та ручкою, за яку зручно взятися всією долонею.",
    },
    description: {
      en: "Wheel-thrown in a small Portuguese studio from high-fired stoneware, so each glaze pools a little differently. Holds 350 ml and measures 9 cm tall. Dishwasher and microwave safe.",
      fa: "در کارگاهی کوچک در پرتغال با چرخ سفالگری از سفال سنگی پخته‌شده در دمای بالا ساخته می‌شود، پس لعاب هر ماگ کمی متفاوت جمع می‌شود. گنجایش ۳۵۰ میلی‌لیتر و ارتفاع ۹ سانتی‌متر دارد. قابل شست‌وشو در ماشین ظرف‌شویی و استفاده در مایکروویو.",
      ar: "يُشكَّل على عجلة الخزّاف في مشغل صغير في البرتغال من خزف حجري مشوي على حرارة عالية، لذا يتجمع الطلاء في كل كوب بشكل مختلف قليلًا. سعته 350 مل وارتفاعه 9 سم. آمن في غسالة الصحون والميكروويف.",
      uk: "Виточений на гончарному крузі в невеликій португальській майстерні з високотемпературної кераміки, тож глазур на кожному лягає трохи по-своєму. Об’єм 350 мл, висота 9 см. Можна мити в посудомийній машині й використовувати в мікрохвильовці.",
    },
    variants: colorway(["white", "sage", "navy", "rust"], full(2600), 380, 18, { white: 2, rust: 4 }),
    images: colorImages("stoneware-mug", ["white", "sage", "navy", "rust"]),
    reviews: [
      review("Amelia J.", 5, "My new favourite mug", "Heavy in the best way and keeps tea hot for ages. The glaze has lovely little variations.", 6, {
        photos: photos("stoneware-mug", 1),
      }),
      review("Hugo F.", 5, "Bought four", "We replaced all our mismatched mugs with these. They stack well too.", 43),
      review("ليلى ح.", 5, "جميل جدًا", "اللون الأخضر المريمي هادئ ومريح للعين، والمقبض مريح جدًا.", 91, { locale: "ar" }),
      review("Will T.", 3, "Handle a bit small", "Beautiful mug but my fingers barely fit through the handle. Might just be my big hands.", 175),
      review("Nora B.", 4, "Lovely colour", "The navy is deep and glossy. One had a tiny glaze bubble but nothing that bothers me.", 288),
    ],
  },
  {
    slug: "hand-thrown-bud-vase",
    category: "home",
    optionNames: ["color"],
    name: {
      en: "Hand-Thrown Bud Vase",
      fa: "گلدان کوچک دست‌ساز",
      ar: "مزهرية صغيرة مصنوعة يدويًا",
      uk: "Маленька ваза ручної роботи",
    },
    shortDescription: {
      en: "A small, softly glazed vase for a single stem; our next kiln batch is on its way.",
      fa: "گلدانی کوچک با لعاب ملایم برای یک شاخه گل؛ سری بعدی از کوره در راه است.",
      ar: "مزهرية صغيرة بطلاء ناعم لغصن واحد؛ دفعتنا التالية من الفرن في الطريق.",
      uk: "Невелика ваза з м’якою глазур’ю для однієї квітки; наступна партія з печі вже в дорозі.",
    },
    description: {
      en: "Each vase is thrown by hand and glazed inside so it holds water. About 14 cm tall with a 3 cm opening, made for a single stem or a few dried grasses. Hand wash only.",
    },
    // Restocking soon: every colour is sold out until the next firing.
    variants: colorway(["sand", "sage", "sky"], full(3400), 420, 19, { sand: 0, sage: 0, sky: 0 }),
    images: colorImages("hand-thrown-bud-vase", ["sand", "sage", "sky"]),
    reviews: [
      review("Ines V.", 5, "Tiny and perfect", "One tulip on the kitchen windowsill and the whole room looks better.", 120, {
        photos: photos("hand-thrown-bud-vase", 1),
      }),
      review("Paul N.", 4, "Lovely glaze", "Smaller than I expected, so check the dimensions, but really well made.", 215),
    ],
  },
  {
    slug: "soy-candle-cedar-fig",
    category: "home",
    purchaseLimit: 2,
    optionNames: [],
    name: {
      en: "Soy Candle — Cedar & Fig",
      fa: "شمع سویا — سرو و انجیر",
      ar: "شمعة صويا — أرز وتين",
      uk: "Соєва свічка «Кедр та інжир»",
    },
    shortDescription: {
      en: "A hand-poured soy wax candle with notes of green fig, cedarwood and a little smoke.",
      fa: "شمع موم سویا که با دست ریخته شده، با رایحه‌ی انجیر سبز، چوب سرو و کمی دود.",
      ar: "شمعة من شمع الصويا مصبوبة يدويًا بنفحات من التين الأخضر وخشب الأرز ولمسة من الدخان.",
      uk: "Свічка із соєвого воску ручного розливу з нотами зеленого інжиру, кедра й легкого диму.",
    },
    description: {
      en: "Poured by hand into a reusable amber glass jar with a cotton wick; burns for around 45 hours. 220 g of wax, 8.5 cm tall. Trim the wick to 5 mm before each burn and never leave it unattended.",
      fa: "با دست در ظرف شیشه‌ای کهربایی قابل‌استفاده‌ی دوباره با فتیله‌ی نخی ریخته می‌شود و حدود ۴۵ ساعت می‌سوزد. ۲۲۰ گرم موم و ۸٫۵ سانتی‌متر ارتفاع. پیش از هر بار روشن کردن، فتیله را تا ۵ میلی‌متر کوتاه کنید و هرگز شمع روشن را بی‌مراقب رها نکنید.",
      ar: "تُصب يدويًا في برطمان زجاجي كهرماني قابل لإعادة الاستخدام مع فتيل قطني، وتشتعل نحو 45 ساعة. وزن الشمع 220 غرامًا وارتفاعها 8.5 سم. قصّ الفتيل إلى 5 مم قبل كل إشعال ولا تتركها مشتعلة دون مراقبة.",
      uk: "Розлита вручну в багаторазову банку з бурштинового скла з бавовняним ґнотом; горить близько 45 годин. 220 г воску, висота 8,5 см. Перед кожним запалюванням підрізайте ґніт до 5 мм і ніколи не залишайте свічку без нагляду.",
    },
    variants: single(full(2800), 22, 350),
    images: plainImages("soy-candle-cedar-fig", 3),
    reviews: [
      review("Charlotte W.", 5, "Smells like a forest cabin", "Not overpowering at all, and it burns perfectly evenly. I'm on my third.", 20),
      review("Lena M.", 5, "Best candle I've tried", "The fig note is subtle and green. The jar makes a great pen pot afterwards.", 63, {
        photos: photos("soy-candle-cedar-fig", 1),
      }),
      review("نازنین ر.", 4, "رایحه‌ی دلنشین", "بوی ملایم و گرمی دارد. کاش کمی بزرگ‌تر بود.", 150, { locale: "fa" }),
      review("George H.", 2, "Too subtle for me", "Lovely jar, but I could barely smell it in our living room.", 340, { verifiedPurchase: false }),
    ],
  },
  {
    slug: "waffle-cotton-throw",
    category: "home",
    purchaseLimit: 3,
    optionNames: ["color"],
    name: {
      en: "Waffle Cotton Throw",
      fa: "پتوی نخی بافت وافلی",
      ar: "بطانية قطنية بنسيج الوافل",
      uk: "Бавовняний плед вафельного плетіння",
    },
    shortDescription: {
      en: "A breathable waffle-weave throw for the sofa, soft enough for naps and light enough for summer.",
      fa: "روانداز وافلی تنفس‌پذیر برای مبل؛ به‌اندازه‌ی کافی نرم برای چرت و سبک برای تابستان.",
      ar: "غطاء بنسيج الوافل يسمح بمرور الهواء للأريكة، ناعم بما يكفي للقيلولة وخفيف بما يناسب الصيف.",
      uk: "Дихаючий вафельний плед для дивана — досить м’який для денного сну й досить легкий для літа.",
    },
    description: {
      en: "Woven in Portugal from 100% long-staple cotton in a deep waffle structure and finished with a twisted fringe. Measures 130 × 180 cm. Machine wash at 40 °C; it gets softer and loftier over time.",
      fa: "در پرتغال از پنبه‌ی ۱۰۰٪ الیاف‌بلند با بافت وافلی عمیق بافته شده و لبه‌اش ریشه‌های تابیده دارد. ابعاد ۱۳۰ × ۱۸۰ سانتی‌متر. در دمای ۴۰ درجه در ماشین بشویید؛ با گذر زمان نرم‌تر و پف‌دارتر می‌شود.",
      ar: "منسوجة في البرتغال من قطن طويل التيلة بنسبة 100% بنسيج وافل عميق ومُنهاة بشراشيب مبرومة. مقاساتها 130 × 180 سم. تُغسل في الغسالة على 40 درجة مئوية؛ وتزداد نعومة وانتفاخًا مع الوقت.",
      uk: "Виткано в Португалії зі 100% довговолокнистої бавовни глибоким вафельним плетінням, краї оздоблено крученою бахромою. Розмір 130 × 180 см. Прати в машині при 40 °C; з часом стає ще м’якшим і пухкішим.",
    },
    variants: colorway(["sand", "sage", "charcoal"], sale(6900, 8900), 1300, 20, { charcoal: 5 }),
    images: colorImages("waffle-cotton-throw", ["sand", "sage", "charcoal"]),
    reviews: [
      review("Rachel P.", 5, "Lives on our sofa now", "Soft, weighty without being hot, and it washes beautifully.", 29, {
        photos: photos("waffle-cotton-throw", 1),
      }),
      review("Omar F.", 5, "بطانية رائعة", "ناعمة وخفيفة ومناسبة للصيف، والتخفيض جعلها صفقة ممتازة.", 57, { locale: "ar" }),
      review("Megan A.", 4, "Fringe needs a comb", "The fringe tangles a little in the wash, but otherwise perfect.", 198),
    ],
  },
  {
    slug: "linen-tea-towel-set",
    category: "home",
    optionNames: ["color"],
    name: {
      en: "Linen Tea Towels (Set of 2)",
      fa: "حوله‌ی آشپزخانه‌ی کتانی (ست دوتایی)",
      ar: "مناشف مطبخ من الكتان (طقم من قطعتين)",
      uk: "Лляні кухонні рушники (набір із 2)",
    },
    shortDescription: {
      en: "Two absorbent, lint-free linen tea towels with a hanging loop and a woven stripe.",
      fa: "دو حوله‌ی آشپزخانه‌ی کتانی جاذب و بدون پُرز، با بند آویز و راه بافته‌شده.",
      ar: "منشفتا مطبخ من الكتان ماصتان ولا تتركان وبرًا، مع عروة للتعليق وخط منسوج.",
      uk: "Два вбирних лляних рушники, що не лишають ворсинок, з петелькою та тканою смужкою.",
    },
    description: {
      en: "Stonewashed European linen that dries glassware streak-free and gets more absorbent with every wash. Each towel is 50 × 70 cm. Machine wash at 40 °C and skip the fabric softener.",
    },
    variants: colorway(["sand", "sky", "rust"], full(2400), 180, 21),
    images: colorImages("linen-tea-towel-set", ["sand", "sky", "rust"]),
    reviews: [
      review("Joanna K.", 5, "No more lint on glasses", "They dry wine glasses perfectly. Getting softer every week.", 38),
      review("Sebastian R.", 4, "Good but stiff at first", "Needed three or four washes to really soak things up. Now they're great.", 124),
    ],
  },
  {
    slug: "terracotta-planter-15cm",
    category: "home",
    optionNames: [],
    name: {
      en: "Terracotta Planter 15 cm",
      fa: "گلدان سفالی ۱۵ سانتی‌متری",
      ar: "أصيص من الطين المشوي 15 سم",
      uk: "Теракотовий вазон 15 см",
    },
    shortDescription: {
      en: "A classic unglazed terracotta pot with a matching saucer, made to let roots breathe.",
      fa: "گلدان کلاسیک سفالی بدون لعاب با زیرگلدانی هم‌رنگ، ساخته شده تا ریشه‌ها نفس بکشند.",
      ar: "أصيص كلاسيكي من الطين غير المطلي مع صحن مطابق، مصنوع ليسمح للجذور بالتنفس.",
      uk: "Класичний неглазурований теракотовий вазон із піддоном, у якому коріння дихає.",
    },
    description: {
      en: "Pressed from Italian clay and fired unglazed, so excess water evaporates through the walls. 15 cm across with a drainage hole and a 17 cm saucer. Bring indoors before the first frost.",
    },
    variants: single(full(3200), 4, 900),
    images: plainImages("terracotta-planter-15cm", 2),
    reviews: [
      review("Harriet D.", 5, "My pilea loves it", "Classic shape and the saucer actually fits snugly. Lovely warm colour.", 49, {
        photos: photos("terracotta-planter-15cm", 1),
      }),
      review("Ali R.", 4, "Good pot", "Arrived well packed. A bit pricier than a garden centre, but the quality is clearly better.", 260),
    ],
  },
  {
    slug: "ceramic-pour-over-dripper",
    category: "home",
    optionNames: ["color"],
    name: {
      en: "Ceramic Pour-Over Dripper",
      fa: "دریپر سرامیکی قهوه",
      ar: "قمع تقطير القهوة من السيراميك",
      uk: "Керамічна пуровер-воронка",
    },
    shortDescription: {
      en: "A ribbed ceramic cone for bright, clean single cups of coffee, sized for #2 filters.",
      fa: "قیف سرامیکی شیاردار برای دم کردن یک فنجان قهوه‌ی شفاف و خوش‌طعم، مناسب فیلترهای سایز ۲.",
      ar: "مخروط سيراميكي مضلع لتحضير فنجان قهوة صافٍ ومشرق، بمقاس يناسب فلاتر رقم 2.",
      uk: "Ребриста керамічна воронка для яскравої й чистої кави на одну чашку, під фільтри №2.",
    },
    description: {
      en: "Slip-cast porcelain with spiral ribs that keep the paper filter off the walls for an even flow. Sits on most mugs and small carafes; 12 cm wide at the top. Dishwasher safe.",
    },
    variants: colorway(["white", "black"], full(3800), 320, 22, { black: 3 }),
    images: colorImages("ceramic-pour-over-dripper", ["white", "black"]),
    reviews: [
      review("Kenji O.", 5, "Makes a great cup", "Even extraction and it holds heat well if you preheat it. Looks good on the counter too.", 16),
      review("Beth L.", 4, "Nice weight", "Solid and stable on my mug. Slightly slower drawdown than my plastic one.", 93),
      review("Dmytro H.", 5, "Ранкова кава стала смачнішою", "Кераміка добре тримає тепло, кава виходить чиста й солодка.", 230, { locale: "uk" }),
    ],
  },
  {
    slug: "linen-cushion-cover",
    category: "home",
    purchaseLimit: 5,
    optionNames: ["color"],
    name: {
      en: "Linen Cushion Cover 45 × 45",
      fa: "روکش کوسن کتانی ۴۵ × ۴۵",
      ar: "غطاء وسادة من الكتان 45 × 45",
      uk: "Лляна наволочка для подушки 45 × 45",
    },
    shortDescription: {
      en: "A stonewashed linen cushion cover with a hidden zip and a softly rumpled finish.",
      fa: "روکش کوسن از کتان سنگ‌شور با زیپ مخفی و ظاهری نرم و کمی چروک.",
      ar: "غطاء وسادة من الكتان المغسول بالحجارة بسحّاب مخفي ومظهر ناعم متجعد قليلًا.",
      uk: "Наволочка з льону, праного з камінням, з прихованою блискавкою та м’якою, злегка зім’ятою фактурою.",
    },
    description: {
      en: "Heavyweight linen, stonewashed for softness, with a concealed YKK zip along the bottom edge. Fits a 45 × 45 cm insert (not included). Machine wash at 40 °C and reshape while damp.",
    },
    variants: colorway(["sand", "sage", "plum", "mustard"], sale(2700, 3600), 210, 23),
    images: colorImages("linen-cushion-cover", ["sand", "sage", "plum", "mustard"]),
    reviews: [
      review("Alice G.", 5, "Instant sofa upgrade", "Mixed mustard and plum and it looks like a styled magazine shoot. Zip is totally invisible.", 25, {
        photos: photos("linen-cushion-cover", 1),
      }),
      review("Mark S.", 4, "Good quality linen", "Thick and soft. The colour is slightly more muted than the photos.", 107),
    ],
  },
  {
    slug: "glass-water-carafe",
    category: "home",
    optionNames: [],
    name: {
      en: "Glass Water Carafe 1 L",
      fa: "تنگ آب شیشه‌ای ۱ لیتری",
      ar: "دورق ماء زجاجي 1 لتر",
      uk: "Скляний графин для води 1 л",
    },
    shortDescription: {
      en: "A mouth-blown borosilicate carafe with a tumbler that doubles as a lid.",
      fa: "تنگ شیشه‌ای بوروسیلیکات دمیده با دهان، همراه لیوانی که درپوش آن هم هست.",
      ar: "دورق من زجاج البوروسيليكات منفوخ بالفم مع كوب يعمل أيضًا كغطاء.",
      uk: "Графин із боросилікатного скла ручного видування зі склянкою, яка служить і кришкою.",
    },
    description: {
      en: "Thin, heat-resistant borosilicate glass that is light in the hand and won't cloud over time. Holds 1 litre; the 200 ml tumbler rests upside down on the neck to keep dust out. Dishwasher safe.",
    },
    variants: single(full(3400), 19, 620),
    images: plainImages("glass-water-carafe", 2),
    reviews: [
      review("Vera Z.", 5, "Bedside essential", "Elegant and the tumbler-lid idea is genius. Feels delicate but has survived a year.", 82),
      review("Tariq B.", 4, "Beautiful, handle with care", "Very thin glass, which is lovely to drink from, but I'm careful washing it.", 305),
    ],
  },
  {
    slug: "olive-wood-serving-board",
    category: "home",
    optionNames: [],
    name: {
      en: "Olive Wood Serving Board",
      fa: "تخته‌ی سرو چوب زیتون",
      ar: "لوح تقديم من خشب الزيتون",
      uk: "Дошка для подачі з оливкового дерева",
    },
    shortDescription: {
      en: "A one-piece olive wood board with bold grain for bread, cheese and everything in between.",
      fa: "تخته‌ای یکپارچه از چوب زیتون با رگه‌های پررنگ برای نان، پنیر و هر چیز دیگری.",
      ar: "لوح من قطعة واحدة من خشب الزيتون بعروق بارزة للخبز والجبن وكل ما بينهما.",
      uk: "Цільна дошка з оливкового дерева з виразним малюнком — для хліба, сиру та всього, що між ними.",
    },
    description: {
      en: "Cut from a single piece of Tunisian olive wood, sourced from trees that no longer bear fruit. About 40 × 18 cm, with a carved handle and a hole for hanging. Hand wash and oil with food-safe mineral oil now and then.",
    },
    variants: single(full(4200), 27, 800),
    images: plainImages("olive-wood-serving-board", 3),
    reviews: [
      review("Julia N.", 5, "Stunning grain", "Every dinner guest asks about it. Oiled it once and the grain really popped.", 33, {
        photos: photos("olive-wood-serving-board", 1),
      }),
      review("Ethan M.", 5, "Heavy and solid", "Doesn't slide around when cutting bread. A real heirloom piece.", 118),
      review("سمیرا ن.", 4, "زیبا و محکم", "رگه‌های چوبش فوق‌العاده است، فقط کمی کوچک‌تر از تصورم بود.", 244, { locale: "fa" }),
    ],
  },

  // -------------------------------------------------------------- Stationery
  {
    slug: "dot-grid-notebook-a5",
    category: "stationery",
    featured: true,
    optionNames: [],
    name: {
      en: "Dot-Grid Notebook A5",
      fa: "دفترچه‌ی نقطه‌چین A5",
      ar: "دفتر منقّط A5",
      uk: "Блокнот A5 у крапку",
    },
    shortDescription: {
      en: "A lay-flat A5 notebook with 192 numbered pages of fountain-pen-friendly dot-grid paper.",
      fa: "دفترچه‌ی A5 که کاملاً صاف باز می‌شود، با ۱۹۲ صفحه‌ی شماره‌دار کاغذ نقطه‌چین مناسب خودنویس.",
      ar: "دفتر A5 ينبسط تمامًا، فيه 192 صفحة مرقمة من ورق منقّط يناسب أقلام الحبر.",
      uk: "Блокнот A5, що розкривається рівно, на 192 пронумеровані сторінки в крапку, дружні до перових ручок.",
    },
    description: {
      en: "100 gsm acid-free paper that handles fountain pen ink without bleeding, bound in a linen-wrapped hardcover with an open, Smyth-sewn spine. Includes two ribbon markers, an index and a back pocket. 148 × 210 mm.",
      fa: "کاغذ ۱۰۰ گرمی بدون اسید که جوهر خودنویس را بدون نفوذ به پشت صفحه تحمل می‌کند، با جلد سخت پوشیده از کتان و عطف باز دوخت‌دار. دو نوار نشانه، فهرست و جیب پشتی دارد. ابعاد ۱۴۸ × ۲۱۰ میلی‌متر.",
      ar: "ورق خالٍ من الأحماض بوزن 100 غرام يتحمل حبر أقلام الحبر دون أن ينفذ، مجلّد بغلاف مقوّى مكسو بالكتان وكعب مفتوح مخيط. يتضمن شريطين للعلامات وفهرسًا وجيبًا خلفيًا. المقاس 148 × 210 مم.",
      uk: "Безкислотний папір 100 г/м², який витримує чорнило перових ручок без просочування, у твердій палітурці, обтягнутій льоном, з відкритим зшитим корінцем. Має дві закладки-стрічки, зміст і кишеню позаду. Формат 148 × 210 мм.",
    },
    variants: single(full(1800), 58, 290),
    images: plainImages("dot-grid-notebook-a5", 3),
    reviews: [
      review("Sophie T.", 5, "Fountain pen heaven", "Zero bleed-through even with a broad nib. It really does lie completely flat.", 11, {
        photos: photos("dot-grid-notebook-a5", 1),
      }),
      review("Liam K.", 5, "My bullet journal home", "Numbered pages and an index make it perfect for journaling. The linen cover wears nicely.", 68),
      review("Zahra M.", 4, "Great paper, some ghosting", "No bleeding, but dark inks show slightly from the other side.", 134),
      review("آرش د.", 5, "بهترین دفترم", "کاغذش عالی است و جوهر خودنویس پخش نمی‌شود. جلد کتانی‌اش هم خیلی خوش‌دست است.", 199, { locale: "fa" }),
      review("Марта Д.", 4, "Гарний папір", "Крапки ледь помітні, чорнило не просочується. Трохи важкуватий для сумки.", 275, {
        locale: "uk",
        verifiedPurchase: false,
      }),
    ],
  },
  {
    slug: "pocket-notebooks-3-pack",
    category: "stationery",
    optionNames: [],
    name: {
      en: "Pocket Notebooks (3-Pack)",
      fa: "دفترچه‌های جیبی (بسته‌ی سه‌تایی)",
      ar: "دفاتر جيب (عبوة من 3)",
      uk: "Кишенькові блокноти (3 шт.)",
    },
    shortDescription: {
      en: "Three slim kraft-cover notebooks — lined, grid and blank — that slip into any pocket.",
      fa: "سه دفترچه‌ی باریک با جلد کرافت — خط‌دار، شطرنجی و سفید — که در هر جیبی جا می‌شوند.",
      ar: "ثلاثة دفاتر نحيفة بأغلفة كرافت — مسطّر ومربعات وسادة — تنزلق في أي جيب.",
      uk: "Три тонкі блокноти в крафтовій обкладинці — у лінійку, клітинку й чисті, — що вміщаються в будь-яку кишеню.",
    },
    description: {
      en: "Each notebook has 48 pages of 80 gsm paper, saddle-stitched into a recycled kraft cover with rounded corners. 9 × 14 cm. Printed and bound in a family-run bindery.",
    },
    variants: single(full(1200), 44, 120),
    images: plainImages("pocket-notebooks-3-pack", 2),
    reviews: [
      review("Nathan B.", 5, "Always in my back pocket", "Grocery lists, sketches, phone numbers. They hold up to being sat on.", 42),
      review("Ivy C.", 4, "Nice paper", "Good for pencil and ballpoint; gel ink takes a second to dry.", 187),
    ],
  },
  {
    slug: "undated-weekly-planner",
    category: "stationery",
    optionNames: [],
    name: {
      en: "Undated Weekly Planner",
      fa: "برنامه‌ریز هفتگی بدون تاریخ",
      ar: "مخطط أسبوعي غير مؤرّخ",
      uk: "Недатований тижневий планер",
    },
    shortDescription: {
      en: "A week-on-two-pages planner you can start any Monday, with space for habits and notes.",
      fa: "برنامه‌ریزی با هر هفته در دو صفحه که از هر دوشنبه‌ای می‌توانید شروعش کنید، با جا برای عادت‌ها و یادداشت‌ها.",
      ar: "مخطط يعرض كل أسبوع على صفحتين ويمكنك البدء به في أي يوم اثنين، مع مساحة للعادات والملاحظات.",
      uk: "Планер із тижнем на розвороті, який можна почати з будь-якого понеділка, з місцем для звичок і нотаток.",
    },
    description: {
      en: "Fifty-two weekly spreads, monthly overviews and a habit tracker on 90 gsm cream paper. Flexible cloth cover, rounded corners and an elastic closure. A5, 160 pages.",
    },
    variants: single(full(2400), 33, 410),
    images: plainImages("undated-weekly-planner", 2),
    reviews: [
      review("Chloe R.", 5, "Started it in March, no waste", "Love that I didn't lose the first months of the year. Layout is calm and uncluttered.", 74),
      review("David E.", 4, "Good layout", "Would love a bit more room on weekends, but overall it keeps me organised.", 160),
      review("مريم س.", 5, "منظم ومريح", "الورق كريمي ولطيف، والتصميم بسيط يساعدني على التركيز.", 222, { locale: "ar" }),
    ],
  },
  {
    slug: "brass-bolt-action-pen",
    category: "stationery",
    purchaseLimit: 2,
    optionNames: [],
    name: {
      en: "Brass Bolt-Action Pen",
      fa: "خودکار برنجی گلنگدنی",
      ar: "قلم نحاسي بآلية المزلاج",
      uk: "Латунна ручка з болтовим механізмом",
    },
    shortDescription: {
      en: "A limited run of solid brass pens with a satisfying bolt-action click and a smooth gel refill.",
      fa: "تیراژ محدودی از خودکارهای برنجی توپر با مکانیزم گلنگدنی دلنشین و مغزی ژل روان.",
      ar: "إصدار محدود من أقلام النحاس المصمت بآلية مزلاج ذات نقرة مُرضية وعبوة جل ناعمة.",
      uk: "Обмежена серія ручок із суцільної латуні з приємним клацанням болтового механізму та м’яким гелевим стрижнем.",
    },
    description: {
      en: "Machined from a single bar of solid brass that will patina to a warm, deep gold. Takes standard Parker-style refills and ships with a 0.5 mm black gel. 13.5 cm long, 38 g.",
    },
    variants: single(full(2800), 3, 45),
    images: plainImages("brass-bolt-action-pen", 3),
    reviews: [
      review("Arthur L.", 5, "Fidget-proof and beautiful", "The bolt action is so satisfying. After a month it's already developing a lovely patina.", 21, {
        photos: photos("brass-bolt-action-pen", 1),
      }),
      review("Mia S.", 5, "A gift that impressed", "Bought one for my dad; he uses it every day at his desk.", 99),
      review("Jack F.", 3, "Heavy for long writing", "Gorgeous pen, but it gets tiring for long notes. Great for signing things.", 260),
    ],
  },
  {
    slug: "fine-gel-pens-set",
    category: "stationery",
    optionNames: [],
    name: {
      en: "Fine Gel Pens (Set of 5)",
      fa: "خودکارهای ژل نوک‌ریز (ست پنج‌تایی)",
      ar: "أقلام جل رفيعة (طقم من 5)",
      uk: "Тонкі гелеві ручки (набір із 5)",
    },
    shortDescription: {
      en: "Five quick-drying 0.38 mm gel pens in muted ink colours for notes, diaries and margins.",
      fa: "پنج خودکار ژل ۰٫۳۸ میلی‌متری زودخشک با رنگ‌های ملایم برای یادداشت، دفتر خاطرات و حاشیه‌نویسی.",
      ar: "خمسة أقلام جل بسمك 0.38 مم سريعة الجفاف بألوان حبر هادئة للملاحظات واليوميات والهوامش.",
      uk: "П’ять швидковисихаючих гелевих ручок 0,38 мм у приглушених кольорах для нотаток, щоденників і полів.",
    },
    description: {
      en: "Smooth pigment gel ink in black, blue-black, sepia, sage and plum that resists water and fading. Retractable with a soft grip and refillable barrels. Each pen is 14 cm long.",
    },
    variants: single(full(900), 52, 60),
    images: plainImages("fine-gel-pens-set", 2),
    reviews: [
      review("Ruby J.", 5, "Lovely muted colours", "The sage and sepia are my favourites for journaling. Dry fast, no smudges for this lefty.", 53),
      review("Daniel W.", 4, "Fine and smooth", "Very fine line, occasionally skips on glossy paper.", 145),
    ],
  },
  {
    slug: "everyday-fountain-pen",
    category: "stationery",
    optionNames: ["color"],
    name: {
      en: "Everyday Fountain Pen",
      fa: "خودنویس روزمره",
      ar: "قلم حبر للاستخدام اليومي",
      uk: "Перова ручка на щодень",
    },
    shortDescription: {
      en: "A lightweight fountain pen with a smooth steel nib, ideal whether it's your first fountain pen or your fifth.",
      fa: "خودنویسی سبک با نوک فولادی روان، عالی چه اولین خودنویستان باشد چه پنجمی.",
      ar: "قلم حبر خفيف بسن فولاذي ناعم، مثالي سواء كان قلمك الأول أو الخامس.",
      uk: "Легка перова ручка з м’яким сталевим пером — ідеальна і як перша, і як п’ята.",
    },
    description: {
      en: "Resin barrel with a fine stainless steel nib and a snap cap. Comes with a converter and two black ink cartridges. 13.8 cm capped; flush with water when changing inks.",
    },
    variants: colorway(["black", "navy", "plum"], full(2600), 30, 24, { plum: 4 }),
    images: colorImages("everyday-fountain-pen", ["black", "navy", "plum"]),
    reviews: [
      review("Eva H.", 5, "Perfect first fountain pen", "Wrote smoothly straight out of the box. The plum is a beautiful deep colour.", 17, {
        photos: photos("everyday-fountain-pen", 1),
      }),
      review("Luca P.", 4, "Reliable daily writer", "No skipping, no leaks in my bag. Cap could post a little more securely.", 131),
      review("Софія Л.", 5, "Пише як мрія", "Перо м’яке, ручка легка. Тепер веду щоденник лише нею.", 208, { locale: "uk" }),
    ],
  },
  {
    slug: "canvas-pencil-case",
    category: "stationery",
    optionNames: [],
    name: {
      en: "Canvas Pencil Case",
      fa: "جامدادی برزنتی",
      ar: "مقلمة من القماش",
      uk: "Канвасовий пенал",
    },
    shortDescription: {
      en: "A flat zip pencil case in heavy canvas that holds a dozen pens and a ruler.",
      fa: "جامدادی تخت زیپ‌دار از برزنت ضخیم که ده‌دوازده خودکار و یک خط‌کش در آن جا می‌شود.",
      ar: "مقلمة مسطحة بسحّاب من القماش السميك تتسع لدزينة أقلام ومسطرة.",
      uk: "Плаский пенал на блискавці з цупкого канвасу, що вміщує дюжину ручок і лінійку.",
    },
    description: {
      en: "Cut from 12 oz cotton canvas with a brass zip and a leather pull. Measures 22 × 9 cm and stands open on a desk like a pen cup. Machine wash cold.",
    },
    variants: single(full(1800), 38, 90),
    images: plainImages("canvas-pencil-case", 2),
    reviews: [
      review("Maddie O.", 5, "Stands up on its own", "Love that I can open it and use it as a pen pot in class.", 60),
      review("Connor G.", 4, "Sturdy", "Zip is smooth and the canvas is thick. Fits more than I expected.", 240),
    ],
  },
  {
    slug: "letterpress-card-set",
    category: "stationery",
    optionNames: [],
    name: {
      en: "Letterpress Card Set (6)",
      fa: "ست کارت چاپ لترپرس (۶ عدد)",
      ar: "طقم بطاقات بطباعة ليتربرس (6)",
      uk: "Набір листівок високого друку (6 шт.)",
    },
    shortDescription: {
      en: "Six blank cards printed by hand on a 1960s press, with matching recycled envelopes.",
      fa: "شش کارت سفید که با دست روی دستگاه چاپی دهه‌ی ۱۹۶۰ چاپ شده‌اند، همراه با پاکت‌های بازیافتی هم‌رنگ.",
      ar: "ست بطاقات فارغة مطبوعة يدويًا على آلة طباعة من ستينيات القرن الماضي، مع أظرف معاد تدويرها مطابقة.",
      uk: "Шість чистих листівок, надрукованих уручну на верстаті 1960-х, із відповідними конвертами з переробленого паперу.",
    },
    description: {
      en: "Deeply impressed botanical motifs on 600 gsm cotton paper, blank inside for your own words. Each card is A6 (105 × 148 mm) with a kraft envelope. Printed in small batches, so stock is limited.",
    },
    variants: single(full(1600), 2, 180),
    images: plainImages("letterpress-card-set", 2),
    reviews: [
      review("Penelope A.", 5, "Too pretty to send", "The impression is so deep you can feel every leaf. I've framed one.", 44, {
        photos: photos("letterpress-card-set", 1),
      }),
      review("Simon Q.", 5, "Thank-you cards sorted", "Heavy, luxurious card and the envelopes are a perfect match.", 210),
    ],
  },
  {
    slug: "washi-tape-trio",
    category: "stationery",
    purchaseLimit: 5,
    optionNames: [],
    name: {
      en: "Washi Tape Trio",
      fa: "سه‌گانه‌ی چسب واشی",
      ar: "ثلاثية شرائط واشي",
      uk: "Набір васі-стрічок (3 шт.)",
    },
    shortDescription: {
      en: "Three rolls of Japanese paper tape in soft, coordinating prints for journals and gift wrap.",
      fa: "سه رول چسب کاغذی ژاپنی با طرح‌های ملایم و هماهنگ برای دفترها و کادوپیچی.",
      ar: "ثلاث لفائف من شريط الورق الياباني بنقوش هادئة متناسقة لدفاتر اليوميات وتغليف الهدايا.",
      uk: "Три рулони японської паперової стрічки з м’якими узгодженими принтами для щоденників і пакування подарунків.",
    },
    description: {
      en: "Made in Gifu from translucent washi paper with a low-tack adhesive that lifts without tearing pages. Each roll is 15 mm × 10 m. Write on it with pencil or fine pens.",
    },
    variants: single(sale(900, 1200), 41, 60),
    images: plainImages("washi-tape-trio", 2),
    reviews: [
      review("Lily W.", 5, "Peels off cleanly", "Repositioned it three times in my journal with no torn pages. Pretty prints.", 31),
      review("Kamal H.", 4, "Nice set", "Good tape, though I'd love a wider roll in the set.", 178),
    ],
  },

  // ----------------------------------------------------------------- Outdoor
  {
    slug: "insulated-steel-bottle-750ml",
    category: "outdoor",
    featured: true,
    optionNames: ["color"],
    name: {
      en: "Insulated Steel Bottle 750 ml",
      fa: "بطری فولادی عایق ۷۵۰ میلی‌لیتری",
      ar: "قارورة فولاذية معزولة 750 مل",
      uk: "Термопляшка зі сталі 750 мл",
    },
    shortDescription: {
      en: "A double-wall steel bottle that keeps water cold for 24 hours and coffee hot for 12.",
      fa: "بطری فولادی دوجداره که آب را ۲۴ ساعت سرد و قهوه را ۱۲ ساعت داغ نگه می‌دارد.",
      ar: "قارورة فولاذية مزدوجة الجدار تحفظ الماء باردًا 24 ساعة والقهوة ساخنة 12 ساعة.",
      uk: "Сталева пляшка з подвійними стінками, що тримає воду холодною 24 години, а каву гарячою — 12.",
    },
    description: {
      en: "Vacuum-insulated 18/8 stainless steel with a powder-coated finish that won't sweat or slip. The leak-proof bamboo-and-steel lid has a carry loop, and the mouth fits standard ice cubes. Hand wash; 26 cm tall.",
      fa: "از فولاد ضدزنگ 18/8 با عایق خلأ و پوشش پودری ساخته شده که نه عرق می‌کند و نه از دست لیز می‌خورد. درِ نشت‌ناپذیر از بامبو و فولاد بند حمل دارد و دهانه‌اش برای تکه‌یخ‌های معمولی مناسب است. با دست بشویید؛ ارتفاع ۲۶ سانتی‌متر.",
      ar: "من الفولاذ المقاوم للصدأ 18/8 المعزول بالتفريغ بطبقة مسحوقية لا تتعرق ولا تنزلق. للغطاء المانع للتسرب المصنوع من الخيزران والفولاذ عروة للحمل، وتتسع الفوهة لمكعبات الثلج العادية. يُغسل باليد؛ الارتفاع 26 سم.",
      uk: "Вакуумна ізоляція, нержавна сталь 18/8 і порошкове покриття, що не пітніє й не ковзає в руці. Герметична кришка з бамбука й сталі має петлю для перенесення, а в горлечко пролазять звичайні кубики льоду. Мити вручну; висота 26 см.",
    },
    variants: colorway(["sage", "navy", "black", "mustard"], full(3800), 410, 25, { mustard: 5 }),
    images: colorImages("insulated-steel-bottle-750ml", ["sage", "navy", "black", "mustard"]),
    reviews: [
      review("Jordan P.", 5, "Ice still there the next day", "Left it in a hot car all afternoon and the water was still cold. Lid never leaks.", 10, {
        photos: photos("insulated-steel-bottle-750ml", 1),
      }),
      review("Chiara B.", 5, "Goes everywhere with me", "Gym, office, hikes. The powder coat hasn't chipped after many drops.", 47),
      review("حسن ج.", 4, "ممتازة لكن ثقيلة قليلًا", "تحافظ على برودة الماء طوال اليوم، لكنها أثقل من قارورتي البلاستيكية.", 113, { locale: "ar" }),
      review("Tyler N.", 2, "Bamboo lid cracked", "Kept water cold as promised, but the bamboo top split after a few months in the dishwasher.", 295),
      review("Катерина Б.", 5, "Кава гаряча весь день", "Беру на роботу щодня — о п’ятій вечора кава ще тепла.", 160, { locale: "uk" }),
    ],
  },
  {
    slug: "enamel-camp-mug",
    category: "outdoor",
    optionNames: ["color"],
    name: {
      en: "Enamel Camp Mug",
      fa: "ماگ لعابی کمپینگ",
      ar: "كوب تخييم مطلي بالمينا",
      uk: "Емальований туристичний кухоль",
    },
    shortDescription: {
      en: "A classic speckled enamel mug that goes from campfire to kitchen table without a second thought.",
      fa: "ماگ لعابی خال‌خالی کلاسیک که بی‌دردسر از کنار آتش کمپ به میز آشپزخانه می‌آید.",
      ar: "كوب مينا كلاسيكي منقّط ينتقل من نار المخيم إلى طاولة المطبخ دون تردد.",
      uk: "Класичний емальований кухоль у цяточку, що легко переходить від вогнища до кухонного столу.",
    },
    description: {
      en: "Porcelain enamel fused onto a steel body with a rolled stainless rim that stays cool on your lips. Holds 350 ml; safe on an open flame, stove top or in the dishwasher. Chips in the enamel are purely cosmetic.",
    },
    variants: colorway(["white", "sky", "rust"], sale(1600, 2200), 180, 26),
    images: colorImages("enamel-camp-mug", ["white", "sky", "rust"]),
    reviews: [
      review("Finn R.", 5, "Campfire coffee tastes better", "Light, tough and the speckles look great. Heated water right on the stove.", 26, {
        photos: photos("enamel-camp-mug", 1),
      }),
      review("Amira K.", 4, "Cute and practical", "Gets hot to hold with boiling drinks, as expected for enamel.", 89),
    ],
  },
  {
    slug: "packable-picnic-blanket",
    category: "outdoor",
    optionNames: ["color"],
    name: {
      en: "Packable Picnic Blanket",
      fa: "زیرانداز پیک‌نیک تاشو",
      ar: "بطانية نزهة قابلة للطي",
      uk: "Компактний плед для пікніка",
    },
    shortDescription: {
      en: "A water-resistant picnic blanket that rolls up into its own strap for park days and beach trips.",
      fa: "زیرانداز پیک‌نیک ضدآب که با بند خودش لوله می‌شود؛ برای روزهای پارک و سفر به ساحل.",
      ar: "بطانية نزهة مقاومة للماء تُلف داخل حزامها الخاص لأيام الحديقة ورحلات الشاطئ.",
      uk: "Водостійкий плед для пікніка, що згортається й тримається власним ременем, — для днів у парку й поїздок на пляж.",
    },
    description: {
      en: "A soft recycled wool-blend top layer bonded to a waterproof backing, so damp grass stays where it belongs. Opens to 150 × 190 cm and rolls to 40 × 15 cm with a leather carry strap. Shake out and spot clean.",
    },
    variants: colorway(["rust", "navy"], full(5800), 900, 27, { navy: 5 }),
    images: colorImages("packable-picnic-blanket", ["rust", "navy"]),
    reviews: [
      review("Bella M.", 5, "Picnic upgrade", "Sat on damp grass for hours and stayed completely dry. Rolls up neatly.", 64, {
        photos: photos("packable-picnic-blanket", 1),
      }),
      review("Kai L.", 4, "Big enough for four", "Fits two adults and two kids comfortably. Strap is a little fiddly.", 152),
      review("بهاره ق.", 5, "همراه همیشگی سفر", "برای پیک‌نیک‌های آخر هفته عالی است، سبک است و زود جمع می‌شود.", 330, { locale: "fa" }),
    ],
  },
  {
    slug: "rechargeable-camp-lantern",
    category: "outdoor",
    featured: true,
    optionNames: [],
    name: {
      en: "Rechargeable Camp Lantern",
      fa: "فانوس کمپینگ شارژی",
      ar: "فانوس تخييم قابل لإعادة الشحن",
      uk: "Акумуляторний кемпінговий ліхтар",
    },
    shortDescription: {
      en: "A warm, dimmable LED lantern with a 40-hour battery that charges over USB-C.",
      fa: "فانوس ال‌ای‌دی با نور گرم و قابل‌تنظیم و باتری ۴۰ ساعته که با USB-C شارژ می‌شود.",
      ar: "فانوس LED بضوء دافئ قابل للتعتيم وبطارية تدوم 40 ساعة تُشحن عبر USB-C.",
      uk: "Теплий LED-ліхтар із регулюванням яскравості та акумулятором на 40 годин, що заряджається через USB-C.",
    },
    description: {
      en: "Powder-coated steel frame with a frosted glass globe and a fold-down bail handle for hanging in a tent or from a branch. Up to 300 lumens, from candle-low to reading-bright. 19 cm tall; splash resistant (IPX4).",
      fa: "بدنه‌ی فولادی با پوشش پودری، حباب شیشه‌ای مات و دسته‌ی تاشو برای آویزان کردن در چادر یا از شاخه‌ی درخت. تا ۳۰۰ لومن، از نوری به کم‌سویی شمع تا روشنی مناسب مطالعه. ارتفاع ۱۹ سانتی‌متر؛ مقاوم در برابر پاشش آب (IPX4).",
      ar: "هيكل فولاذي مطلي بالمسحوق مع كرة زجاجية مصنفرة ومقبض قابل للطي لتعليقه في الخيمة أو على غصن شجرة. حتى 300 لومن، من ضوء خافت كالشمعة إلى إضاءة كافية للقراءة. الارتفاع 19 سم؛ مقاوم لرذاذ الماء (IPX4).",
      uk: "Сталевий корпус із порошковим покриттям, матовий скляний плафон і відкидна дужка, щоб повісити в наметі чи на гілці. До 300 люменів — від м’якого світла свічки до яскравого для читання. Висота 19 см; захист від бризок (IPX4).",
    },
    variants: single(full(4900), 23, 340),
    images: plainImages("rechargeable-camp-lantern", 3),
    reviews: [
      review("Noah E.", 5, "Cosy light, great battery", "Lasted a whole long weekend on medium. The warm tone is much nicer than harsh headlamps.", 23, {
        photos: photos("rechargeable-camp-lantern", 1, 2),
      }),
      review("Ava D.", 5, "Also great at home", "We use it on the balcony most evenings. Charges quickly with my phone cable.", 81),
      review("Matteo C.", 4, "Lovely, not very bright", "Perfect for ambience, a bit dim for cooking in the dark.", 176),
      review("Юлія М.", 5, "Рятує під час відключень", "Тримає заряд кілька вечорів поспіль, світло тепле й приємне.", 37, { locale: "uk" }),
    ],
  },
  {
    slug: "ripstop-travel-hammock",
    category: "outdoor",
    purchaseLimit: 3,
    optionNames: ["color"],
    name: {
      en: "Ripstop Travel Hammock",
      fa: "ننوی سفری ریپ‌استاپ",
      ar: "أرجوحة سفر من نسيج الريبستوب",
      uk: "Туристичний гамак із ріпстопу",
    },
    shortDescription: {
      en: "A featherlight parachute-nylon hammock that packs into its own pouch and sets up in two minutes.",
      fa: "ننوی بسیار سبک از نایلون چتری که در کیسه‌ی خودش جمع می‌شود و در دو دقیقه برپا می‌شود.",
      ar: "أرجوحة خفيفة كالريشة من نايلون المظلات تُطوى داخل كيسها وتُنصب في دقيقتين.",
      uk: "Легенький гамак із парашутного нейлону, що складається у власний мішечок і встановлюється за дві хвилини.",
    },
    description: {
      en: "Breathable 70D ripstop nylon rated to 180 kg, with tree-friendly straps and two aluminium carabiners included. Opens to 270 × 140 cm and packs down to the size of a grapefruit. Machine wash cold in a laundry bag.",
      fa: "از نایلون ریپ‌استاپ 70D تنفس‌پذیر با تحمل وزن تا ۱۸۰ کیلوگرم، همراه با تسمه‌های بی‌آسیب برای درخت و دو کارابین آلومینیومی. باز شده ۲۷۰ × ۱۴۰ سانتی‌متر است و جمع‌شده به اندازه‌ی یک گریپ‌فروت می‌رسد. در کیسه‌ی لباس‌شویی و با آب سرد در ماشین بشویید.",
      ar: "من نايلون ريبستوب 70D يسمح بمرور الهواء ويتحمل حتى 180 كغ، مع أحزمة لا تؤذي الأشجار وحلقتي كارابينر من الألومنيوم. مقاسها مفتوحة 270 × 140 سم وتُطوى إلى حجم ثمرة جريب فروت. تُغسل في الغسالة بماء بارد داخل كيس غسيل.",
      uk: "Дихаючий нейлоновий ріпстоп 70D витримує до 180 кг; у комплекті стропи, що не шкодять деревам, і два алюмінієві карабіни. У розкладеному вигляді 270 × 140 см, а складений — завбільшки з грейпфрут. Прати в машині в холодній воді в мішку для прання.",
    },
    variants: colorway(["sage", "sky", "rust"], sale(4200, 5400), 560, 28),
    images: colorImages("ripstop-travel-hammock", ["sage", "sky", "rust"]),
    reviews: [
      review("Ella S.", 5, "Set up in minutes", "Straps are easy to adjust and it's roomy enough to lie diagonally. Packs tiny.", 35, {
        photos: photos("ripstop-travel-hammock", 1),
      }),
      review("Jamal W.", 4, "Great value on sale", "Comfortable and strong. The stuff sack is a bit tight to repack.", 109),
    ],
  },
  {
    slug: "folding-camp-stool",
    category: "outdoor",
    optionNames: [],
    name: {
      en: "Folding Camp Stool",
      fa: "چهارپایه‌ی تاشوی کمپینگ",
      ar: "كرسي تخييم قابل للطي",
      uk: "Розкладний кемпінговий табурет",
    },
    shortDescription: {
      en: "A tripod stool in beech and waxed canvas that folds flat and carries on one finger.",
      fa: "چهارپایه‌ی سه‌پایه از چوب راش و برزنت واکس‌خورده که تخت تا می‌شود و با یک انگشت حمل می‌شود.",
      ar: "كرسي ثلاثي القوائم من خشب الزان والقماش المشمّع ينطوي بشكل مسطح ويُحمل بإصبع واحد.",
      uk: "Табурет-трилапка з бука й вощеного канвасу, що складається в компактну в’язку й носиться на одному пальці.",
    },
    description: {
      en: "Oiled European beech legs join at a forged steel pivot under a waxed canvas seat. Seat height 45 cm, holds up to 110 kg, and folds to 55 × 8 cm with a leather carry loop. Re-oil the wood each season.",
    },
    variants: single(full(4400), 16, 1200),
    images: plainImages("folding-camp-stool", 2),
    reviews: [
      review("Henry B.", 5, "Fishing companion", "Sturdy on uneven ground and so easy to carry. Beautiful wood too.", 70),
      review("Sara L.", 3, "Sturdy but low", "Well made, though the seat is smaller than I'd like for long sits.", 280),
    ],
  },
  {
    slug: "insulated-food-jar-500ml",
    category: "outdoor",
    optionNames: ["color"],
    name: {
      en: "Insulated Food Jar 500 ml",
      fa: "ظرف غذای عایق ۵۰۰ میلی‌لیتری",
      ar: "وعاء طعام معزول 500 مل",
      uk: "Термос для їжі 500 мл",
    },
    shortDescription: {
      en: "A wide-mouth insulated jar that keeps soup hot until lunch and yoghurt cold until the afternoon.",
      fa: "ظرف عایق دهانه‌گشاد که سوپ را تا ناهار داغ و ماست را تا بعدازظهر سرد نگه می‌دارد.",
      ar: "وعاء معزول بفوهة واسعة يحفظ الحساء ساخنًا حتى الغداء والزبادي باردًا حتى العصر.",
      uk: "Термос із широким горлом, що тримає суп гарячим до обіду, а йогурт холодним аж до пообіддя.",
    },
    description: {
      en: "Double-wall vacuum-insulated stainless steel with a folding spoon tucked into the lid. Holds 500 ml and keeps food hot for about 8 hours. Hand wash; not for the microwave.",
    },
    variants: colorway(["charcoal", "sand"], full(3400), 400, 29, { sand: 2 }),
    images: colorImages("insulated-food-jar-500ml", ["charcoal", "sand"]),
    reviews: [
      review("Grace T.", 5, "Hot soup at 1 pm", "Filled it at 7 am and lunch was still steaming. The hidden spoon is clever.", 48),
      review("Yara N.", 4, "Does the job", "Keeps food hot, but the wide lid is a little tricky to clean.", 201),
    ],
  },
  {
    slug: "trail-daypack-12l",
    category: "outdoor",
    optionNames: ["color"],
    name: {
      en: "Trail Daypack 12 L",
      fa: "کوله‌پشتی کوه‌پیمایی ۱۲ لیتری",
      ar: "حقيبة ظهر للمسارات 12 لترًا",
      uk: "Трекінговий рюкзак 12 л",
    },
    shortDescription: {
      en: "A light, ventilated daypack with hip-belt pockets and room for a 2-litre hydration bladder.",
      fa: "کوله‌پشتی سبک و تهویه‌دار با جیب‌های کمربندی و جا برای کیسه‌ی آب ۲ لیتری.",
      ar: "حقيبة ظهر خفيفة جيدة التهوية بجيوب على حزام الخصر ومساحة لقربة ماء سعتها لتران.",
      uk: "Легкий рюкзак із вентиляцією, кишенями на поясі та місцем для питної системи на 2 літри.",
    },
    description: {
      en: "Recycled ripstop body with a mesh back panel that keeps air moving on steep climbs. Stretch side pockets, a sternum strap with a whistle, and a reflective logo. Weighs 650 g; wipe clean.",
    },
    variants: colorway(["rust", "charcoal", "sky"], sale(5900, 7800), 650, 30),
    images: colorImages("trail-daypack-12l", ["rust", "charcoal", "sky"]),
    reviews: [
      review("Lukas M.", 5, "No sweaty back", "The mesh panel really works. Hip pockets fit a phone and snacks.", 14, {
        photos: photos("trail-daypack-12l", 1),
      }),
      review("Priya N.", 4, "Great for half-day hikes", "Light and comfortable. 12 litres is tight if you carry a jacket and lunch.", 92),
      review("Олег Р.", 5, "Зручний і легкий", "Ходив із ним у Карпати — спина не пріла, все під рукою.", 185, { locale: "uk" }),
    ],
  },
  {
    slug: "waxed-cotton-bucket-hat",
    category: "outdoor",
    optionNames: ["color"],
    name: {
      en: "Waxed Cotton Bucket Hat",
      fa: "کلاه باکت نخی واکس‌خورده",
      ar: "قبعة باكيت من القطن المشمّع",
      uk: "Панама з вощеної бавовни",
    },
    shortDescription: {
      en: "A packable, showerproof bucket hat with a soft brim and a hidden stash pocket.",
      fa: "کلاه باکت تاشو و ضدباران با لبه‌ی نرم و جیب مخفی.",
      ar: "قبعة باكيت قابلة للطي ومقاومة للرذاذ بحافة ناعمة وجيب مخفي.",
      uk: "Панама, що складається та не боїться дощу, з м’якими крисами й прихованою кишенькою.",
    },
    description: {
      en: "Lightly waxed cotton twill sheds rain and softens with wear, with a breathable cotton lining and brass eyelets. One size with an inner adjuster (56–60 cm). Re-wax as needed; do not machine wash.",
    },
    variants: colorway(["sand", "sage", "charcoal"], full(4200), 130, 31),
    images: colorImages("waxed-cotton-bucket-hat", ["sand", "sage", "charcoal"]),
    reviews: [
      review("Ruth F.", 5, "Rain? No problem", "Wore it through a Scottish drizzle all day and stayed dry. Folds into a pocket.", 41),
      review("Victor A.", 4, "Good fit with adjuster", "I have a smallish head and the adjuster makes it fit well. Sage is lovely.", 137),
    ],
  },
];
