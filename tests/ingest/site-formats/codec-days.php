<?php
    $title = "Fabrikam Codec Days 2031";
    require($_SERVER["DOCUMENT_ROOT"]."/include/header.php");
?>
<div class="container">
  <h1>Fabrikam Codec Days 2031</h1>
  <p>Codec developers meet on <strong>June 6 and 7, 2031</strong> in <strong>Utrecht, Netherlands</strong>.</p>
  <h2>Schedule</h2>
  <table>
    <tr><td><b>10:00 - 10:30</b></td><td><b>Entropy coding revisited</b> by Sara Lindholm <i>(Litware)</i></td></tr>
    <tr><td><b>10:30 - 11:00</b></td><td><b>Film grain synthesis</b> by Kenji Watanabe <i>(Adatum)</i></td></tr>
  </table>
</div>
<?php require($_SERVER["DOCUMENT_ROOT"]."/include/footer.php"); ?>
