// The product page's own code: the element from the package (its define module).
import 'seller-questions/ask-seller.js';
